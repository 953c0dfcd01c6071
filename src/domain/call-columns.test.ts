import { describe, expect, it } from 'vitest'
import { COLUMN_IDS, parseColumnList } from './call-columns'
import { DEFAULT_CALLS_QUERY } from './index-api'
import { describeCallsQuery } from './describe-query'

describe('export columns and summary', () => {
  it('reads a column list in its order, without repeats; empty means every column', () => {
    expect(parseColumnList('status, time,status')).toEqual({ columns: ['status', 'time'], bad: null })
    expect(parseColumnList(null)).toEqual({ columns: [...COLUMN_IDS], bad: null })
    expect(parseColumnList(',')).toEqual({ columns: [...COLUMN_IDS], bad: null })
    expect(parseColumnList('time,nope').bad).toBe('nope')
  })

  it('says every filter and the zone in words', () => {
    expect(describeCallsQuery(DEFAULT_CALLS_QUERY, 'UTC')).toBe(
      'Calls at any time · sources: all · time zone: UTC',
    )
    expect(
      describeCallsQuery(
        {
          ...DEFAULT_CALLS_QUERY,
          start: '2026-11-20T00:00:00.000Z',
          end: '2026-11-21T00:00:00.000Z',
          statuses: ['no_answer', 'busy'],
          sources: ['leadping', 'telnyx'],
          q: ' Sam ',
        },
        'America/New_York',
      ),
    ).toBe(
      'Calls between 2026-11-19 19:00:00 EST and 2026-11-20 19:00:00 EST · status: No answer, Busy · sources: Leadping, Telnyx · search: "Sam" · time zone: America/New_York',
    )
  })

  it('words a period preset and every list filter as the calls page does', () => {
    expect(
      describeCallsQuery(
        {
          ...DEFAULT_CALLS_QUERY,
          period: '24h',
          direction: 'inbound',
          statuses: ['no_answer'],
          sources: ['skipcall'],
          q: '42',
        },
        'UTC',
      ),
    ).toBe(
      'Calls in the last 24 hours · direction: inbound · status: No answer · sources: Skipcall · search: "42" · time zone: UTC',
    )
  })
})

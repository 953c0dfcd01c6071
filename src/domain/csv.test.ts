import { describe, expect, it } from 'vitest'
import { testCall } from '#testing/test-call'
import { callsToCsv, csvField, csvFileName, neutraliseFormula } from './csv'

const hostile = testCall({
  source: 'leadping',
  id: 'lp-1',
  occurredAt: '2026-11-20T14:03:22.000Z',
  direction: 'inbound',
  status: 'no_answer',
  rawStatus: 'no-answer',
  from: '+19165550101',
  to: '=HYPERLINK("http://evil.example","click")',
  lead: { id: 'lead-1', name: 'O"Brien, <b>Sam</b>\nsecond line' },
  durations: { totalSec: 65, ringSec: null, talkSec: null, billableSec: null },
  cost: { amount: 0.0125, currency: 'USD', raw: '0.0125' },
})

describe('CSV export', () => {
  it('writes the filter summary, the visible columns and the time in UTC and in the zone', () => {
    const csv = callsToCsv({
      calls: [hostile],
      columns: ['time', 'status', 'party', 'duration'],
      timeZone: 'America/New_York',
      summary: 'Calls in the last hour · time zone: America/New_York',
    })
    expect(csv.split('\r\n')).toEqual([
      '# Calls in the last hour · time zone: America/New_York',
      'Time (UTC ISO 8601),Time (America/New_York),Status,Lead / contact,Duration',
      '2026-11-20T14:03:22.000Z,2026-11-20 09:03:22 EST,No answer (no-answer),"O""Brien, <b>Sam</b>\nsecond line",1:05',
      '',
    ])
  })

  it('neutralises formulas in every column, phone numbers included', () => {
    const csv = callsToCsv({
      calls: [hostile],
      columns: ['time', 'from', 'to', 'cost'],
      timeZone: 'UTC',
      summary: 's',
    })
    const row = csv.split('\r\n')[2]
    expect(row).toBe(
      `2026-11-20T14:03:22.000Z,2026-11-20 14:03:22 UTC,'+19165550101,"'=HYPERLINK(""http://evil.example"",""click"")",$0.0125`,
    )
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`)
    expect(neutraliseFormula('plain')).toBe('plain')
  })

  it('quotes per RFC 4180 and keeps the summary on one line', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
    expect(csvField('')).toBe('')
    const csv = callsToCsv({ calls: [], columns: ['time'], timeZone: 'UTC', summary: 'search: "x\ny"' })
    expect(csv).toBe('# search: "x y"\r\nTime (UTC ISO 8601),Time (UTC)\r\n')
  })

  it('names the file after the moment of export', () => {
    expect(csvFileName(new Date('2026-11-20T15:04:05.678Z'))).toBe('calls-2026-11-20T150405Z.csv')
  })
})

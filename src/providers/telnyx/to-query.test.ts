import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS, type CallFilters } from '#domain/call-filters'
import { planTelnyxCallList, telnyxEventsQueryString } from './to-query'

const NOW = new Date('2026-08-21T12:00:00.000Z')
const filters = (patch: Partial<CallFilters>): CallFilters => ({ ...EMPTY_FILTERS, ...patch })

describe('Telnyx call_events query syntax', () => {
  it('writes deepObject keys literally and encodes values', () => {
    expect(
      telnyxEventsQueryString({
        name: 'call.hangup',
        from: '+15550100001',
        occurredAt: { op: 'gte', value: '2026-08-21T10:00:00.000Z' },
        page: { number: 3, size: 250 },
      }),
    ).toBe(
      'filter[from]=%2B15550100001&filter[name]=call.hangup&filter[occurred_at][gte]=2026-08-21T10%3A00%3A00.000Z&page[number]=3&page[size]=250',
    )
    expect(telnyxEventsQueryString({ sessionId: 'abc', type: 'webhook', failed: false })).toBe(
      'filter[application_session_id]=abc&filter[failed]=false&filter[type]=webhook',
    )
  })

  it('pushes down one occurred_at operator: lt of the end when there is one, else gte of the start', () => {
    const both = planTelnyxCallList(
      filters({ start: '2026-08-21T08:00:00Z', end: '2026-08-21T10:00:00Z' }),
      NOW,
    )
    if (both.kind !== 'scan') throw new Error('expected a scan')
    expect(telnyxEventsQueryString(both.streams.initiated[0] ?? {})).toBe(
      'filter[name]=call.initiated&filter[occurred_at][lt]=2026-08-21T10%3A00%3A00.000Z',
    )
    // Outcome events come after the call they end, possibly after the period: bounded below only.
    expect(telnyxEventsQueryString(both.streams.hangup[0] ?? {})).toBe(
      'filter[name]=call.hangup&filter[occurred_at][gte]=2026-08-21T08%3A00%3A00.000Z',
    )
    expect(both.stopBelow).toBe('2026-08-21T08:00:00.000Z')
    expect(both.clientFilters).toEqual(['start'])
    const startOnly = planTelnyxCallList(filters({ start: '2026-08-21T08:00:00Z' }), NOW)
    if (startOnly.kind !== 'scan') throw new Error('expected a scan')
    expect(startOnly.streams.initiated[0]?.occurredAt).toEqual({
      op: 'gte',
      value: '2026-08-21T08:00:00.000Z',
    })
    expect(startOnly.clientFilters).toEqual([])
  })

  it('matches an E.164 number with two queries (from, to); a national number on the client', () => {
    const e164 = planTelnyxCallList(filters({ query: '+1 (555) 010-0001' }), NOW)
    if (e164.kind !== 'scan') throw new Error('expected a scan')
    expect(e164.streams.initiated.map((query) => telnyxEventsQueryString(query))).toEqual([
      'filter[from]=%2B15550100001&filter[name]=call.initiated',
      'filter[to]=%2B15550100001&filter[name]=call.initiated',
    ])
    expect(e164.streams.recordingSaved).toEqual([{ name: 'call.recording.saved' }])
    const national = planTelnyxCallList(
      filters({ query: '020 7183 8750', direction: 'inbound', statuses: ['busy'] }),
      NOW,
    )
    expect(national.clientFilters).toEqual(['direction', 'status', 'number'])
  })

  it('looks an id up by session and leg instead of scanning, with no 24-hour limitation', () => {
    expect(planTelnyxCallList(filters({ query: '308fec30-5213-11e9-9d3f-02420a0f0668' }), NOW)).toEqual({
      kind: 'lookup',
      id: '308fec30-5213-11e9-9d3f-02420a0f0668',
      clientFilters: [],
      limitations: [],
    })
  })

  it('says when the whole period is older than the window', () => {
    const plan = planTelnyxCallList(
      filters({ start: '2026-08-18T00:00:00Z', end: '2026-08-19T00:00:00Z' }),
      NOW,
    )
    expect(plan.limitations[1]).toBe(
      'The chosen period ends before that 24-hour window, so Telnyx cannot list any of its calls.',
    )
  })
})

describe('Telnyx events page', () => {
  it('returns the page as sent, with page numbers and flags', async () => {
    const { loadTelnyxEventsPage } = await import('./events-page')
    const { fakeTelnyx } = await import('#testing/fake-telnyx')
    const { singleLegCall } = await import('#testing/telnyx-builder')
    const events = singleLegCall({
      session: 's-1',
      leg: 'l-1',
      start: '2026-08-21T11:00:00Z',
      direction: 'outgoing',
      hangupAfter: 20,
      cause: 'timeout',
    })
    const fake = fakeTelnyx(
      [...events, structuredClone(events[0])].filter((e) => e !== undefined),
      () => NOW,
    )
    const page = await loadTelnyxEventsPage(
      { fetcher: fake.fetcher, now: () => NOW },
      { name: 'call.initiated' },
      1,
      20,
    )
    expect(page).toMatchObject({ ok: true, page: 1, totalPages: 1, totalResults: 2 })
    expect(page.ok && page.events.map((e) => [e.name, e.sessionId, e.flags])).toEqual([
      ['call.initiated', 's-1', []],
      ['call.initiated', 's-1', ['duplicate']],
    ])
    expect(fake.requests[0]?.query).toBe('filter[name]=call.initiated&page[number]=1&page[size]=20')
  })
})

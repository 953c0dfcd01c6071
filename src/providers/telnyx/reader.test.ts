import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CALL_STATUSES, type Call } from '#domain/call'
import type { CallFilters } from '#domain/call-filters'
import { createMergedFeed } from '../merged-feed'
import { fakeTelnyx } from '#testing/fake-telnyx'
import { NOW, telnyxSessionsArb } from '#testing/telnyx-arbitraries'
import { buildCall } from '#testing/telnyx-builder'
import { expectedTelnyxCalls } from '#testing/telnyx-expected'
import type { TelnyxCallEventWire } from './wire-schema'

const expectedCalls = (sessions: { events: TelnyxCallEventWire[] }[], filters: CallFilters) =>
  expectedTelnyxCalls(sessions, filters, NOW)

const summary = (call: Call) => [
  call.id,
  call.status,
  call.direction,
  call.occurredAt,
  call.from,
  call.to,
  call.endedAt,
]

const isoIn = (minHoursAgo: number, maxHoursAgo: number) =>
  fc
    .integer({ min: -maxHoursAgo * 3600, max: -minHoursAgo * 3600 })
    .map((s) => new Date(NOW.getTime() + s * 1000).toISOString())

const filtersArb: fc.Arbitrary<CallFilters> = fc.record({
  direction: fc.constantFrom('all' as const, 'inbound' as const, 'outbound' as const),
  statuses: fc.subarray([...CALL_STATUSES]),
  start: fc.option(isoIn(2, 26), { nil: null }),
  end: fc.option(isoIn(0, 20), { nil: null }),
  sources: fc.constant(['telnyx' as const]),
  query: fc.constantFrom('', '+15550100003', '+44 20 7183 8750', '(555) 010-0002', '0612345678'),
})

async function readAll(events: TelnyxCallEventWire[], filters: CallFilters, pageSize: number) {
  const fake = fakeTelnyx(events, () => NOW)
  const feed = createMergedFeed({
    filters,
    sources: ['telnyx'],
    fetcher: fake.fetcher,
    now: () => NOW,
    pageSize,
    scanBudget: 1e9,
  })
  let snapshot = await feed.loadMore(7)
  for (let round = 0; !snapshot.done && round < 500; round += 1) snapshot = await feed.loadMore(7)
  return { snapshot, requests: fake.requests }
}

describe('Telnyx list reader (walks named event streams from the last page backwards)', () => {
  it('lists exactly the calls of the window, newest first, whatever the filters and page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        telnyxSessionsArb,
        filtersArb,
        fc.integer({ min: 2, max: 9 }),
        async (sessions, filters, pageSize) => {
          const events = sessions.flatMap((session) => session.events)
          const { snapshot, requests } = await readAll(events, filters, pageSize)
          expect(snapshot.done).toBe(true)
          expect(snapshot.sources[0]?.error).toBeNull()
          expect(snapshot.calls.map(summary)).toEqual(expectedCalls(sessions, filters).map(summary))
          for (const request of requests) {
            const operators = (request.query ?? '')
              .split('&')
              .filter((pair) => pair.startsWith('filter[occurred_at]'))
            expect(operators.length).toBeLessThanOrEqual(1)
            expect(request.query).toContain('filter[name]=')
          }
        },
      ),
      { seed: 20260821, numRuns: 60 },
    )
  })

  it('says the 24-hour limit next to the results, and more when the period starts before it', async () => {
    const filters: CallFilters = {
      direction: 'all',
      statuses: [],
      start: '2026-08-19T00:00:00Z',
      end: null,
      sources: [],
      query: '',
    }
    const { snapshot } = await readAll([], filters, 5)
    expect(snapshot.sources[0]?.limitations).toEqual([
      'Telnyx only searches the last 24 hours of call events: calls before 2026-08-20T12:00:00.000Z are not listed. Search for a session or leg id to open an older call.',
      'The chosen period starts before that 24-hour window: its older part has no Telnyx calls here.',
    ])
  })

  it('finds a call older than 24 hours by its session id or leg id, with all its events', async () => {
    await fc.assert(
      fc.asyncProperty(
        telnyxSessionsArb.filter((s) => s.length > 0),
        fc.boolean(),
        async (sessions, byLeg) => {
          const target = sessions[0]
          if (target === undefined) return
          const id = byLeg ? (target.events[0]?.call_leg_id ?? target.session) : target.session
          const filters: CallFilters = {
            direction: 'all',
            statuses: [],
            start: null,
            end: null,
            sources: [],
            query: id,
          }
          const { snapshot } = await readAll(
            sessions.flatMap((s) => s.events),
            filters,
            4,
          )
          const { call } = buildCall(target.events)
          expect(snapshot.calls.map(summary)).toEqual(call === null ? [] : [summary(call)])
          expect(snapshot.sources[0]?.limitations).toEqual([])
        },
      ),
      { seed: 7, numRuns: 25 },
    )
  })
})

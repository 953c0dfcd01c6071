import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callKey, TERMINAL_STATUSES, type Call, type Source } from '#domain/call'
import { callMatchesFilters } from '#domain/call-match'
import type { CallFilters } from '#domain/call-filters'
import { compareNewestFirst } from '#domain/call-order'
import { callingBoxCallToCall } from './callingbox/to-call'
import { CallingBoxCallWireSchema } from './callingbox/wire-schema'
import { leadpingCallToCall } from './leadping/to-call'
import { LeadpingCallEventWireSchema } from './leadping/wire-schema'
import { createMergedFeed } from './merged-feed'
import { skipcallCallToCall } from './skipcall/to-call'
import { SkipcallCallWireSchema } from './skipcall/wire-schema'
import { combineFakes, fakeCallingBox, fakeLeadping, fakeSkipcall } from '#testing/fake-providers'
import { fakeTelnyx } from '#testing/fake-telnyx'
import { NOW, telnyxSessionsArb } from '#testing/telnyx-arbitraries'
import { expectedTelnyxCalls } from '#testing/telnyx-expected'
import { callingBoxCallArb, leadpingCallArb, skipcallCallArb } from '#testing/wire-arbitraries'

type Row = Record<string, unknown>

const unique = (arb: fc.Arbitrary<Row>) => fc.uniqueArray(arb, { maxLength: 25, selector: (row) => row.id })
// Leadping's exact-match filters compare the stored word, so this data stores directions lower-case.
const leadpingRows = unique(leadpingCallArb as fc.Arbitrary<Row>).map((rows) =>
  rows.map((row) => ({ ...row, direction: String(row.direction).toLowerCase() })),
)

function expectedOf<W>(
  rows: readonly Row[],
  schema: { safeParse: (v: unknown) => { success: boolean; data?: W } },
  map: (wire: W, raw: unknown) => Call,
  filters: CallFilters,
): Call[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row)
    if (!parsed.success) return []
    const call = map(parsed.data as W, row)
    return callMatchesFilters(call, filters) ? [call] : []
  })
}

const filtersArb: fc.Arbitrary<CallFilters> = fc.record({
  direction: fc.constantFrom('all' as const, 'inbound' as const, 'outbound' as const),
  statuses: fc.subarray([...TERMINAL_STATUSES, 'unknown' as const], { maxLength: 3 }),
  start: fc.option(fc.constantFrom('2026-03-01T00:00:00Z', '2026-08-20T18:00:00Z'), { nil: null }),
  end: fc.option(fc.constantFrom('2026-08-21T09:30:00Z', '2026-11-01T00:00:00+01:00'), { nil: null }),
  sources: fc.constant([]),
  query: fc.constantFrom('', '', '+15125550142', '(512) 555-0142', '06 12 34 56 78'),
})

const SOURCES: Source[] = ['telnyx', 'leadping', 'skipcall', 'callingbox']

describe('merged feed over all four adapters (fake providers, generated data)', () => {
  it('yields every matching call once, newest first across sources and pages, surviving a failed request', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          telnyx: telnyxSessionsArb,
          leadping: leadpingRows,
          skipcall: unique(skipcallCallArb as fc.Arbitrary<Row>),
          callingbox: unique(callingBoxCallArb as fc.Arbitrary<Row>),
        }),
        filtersArb,
        fc.option(fc.record({ source: fc.constantFrom(...SOURCES), nth: fc.integer({ min: 1, max: 4 }) }), {
          nil: undefined,
        }),
        fc.integer({ min: 2, max: 6 }),
        async (data, filters, failOnce, pageSize) => {
          const { fetcher } = combineFakes(
            {
              telnyx: fakeTelnyx(
                data.telnyx.flatMap((s) => s.events),
                () => NOW,
              ).fetcher,
              leadping: fakeLeadping(data.leadping),
              skipcall: fakeSkipcall(data.skipcall),
              callingbox: fakeCallingBox(data.callingbox),
            },
            failOnce,
          )
          const feed = createMergedFeed({
            filters,
            sources: SOURCES,
            fetcher,
            now: () => NOW,
            pageSize,
            scanBudget: 40,
          })
          let snapshot = feed.snapshot()
          for (let round = 0; round < 400 && !snapshot.done; round += 1) {
            snapshot = await feed.loadMore(5)
            const failed = snapshot.sources.find((s) => s.state === 'error')
            if (failed) {
              expect(failed.error).toMatchObject({ status: 503, retryable: true })
              snapshot = await feed.retry(failed.source)
            }
          }
          expect(snapshot.done).toBe(true)
          const expected = [
            ...expectedTelnyxCalls(data.telnyx, filters, NOW),
            ...expectedOf(data.leadping, LeadpingCallEventWireSchema, leadpingCallToCall, filters),
            ...expectedOf(data.skipcall, SkipcallCallWireSchema, skipcallCallToCall, filters),
            ...expectedOf(data.callingbox, CallingBoxCallWireSchema, callingBoxCallToCall, filters),
          ].sort(compareNewestFirst)
          expect(snapshot.calls.map(callKey)).toEqual(expected.map(callKey))
          expect(
            snapshot.sources.every((s) => s.error === null && s.issues.every((i) => i.field === 'recording')),
          ).toBe(true)
        },
      ),
      { seed: 918, numRuns: 80 },
    )
  })

  it('reports per source how the filters were applied', async () => {
    const filters: CallFilters = {
      direction: 'inbound',
      statuses: ['busy', 'missed'],
      start: null,
      end: null,
      sources: [],
      query: '',
    }
    const { fetcher } = combineFakes({
      telnyx: fakeTelnyx([], () => NOW).fetcher,
      leadping: fakeLeadping([]),
      skipcall: fakeSkipcall([]),
      callingbox: fakeCallingBox([]),
    })
    const feed = createMergedFeed({ filters, sources: SOURCES, fetcher, now: () => NOW })
    const snapshot = await feed.loadMore(50)
    expect(snapshot.sources.map((s) => [s.source, s.state, s.filtering])).toEqual([
      ['telnyx', 'exhausted', { appliedBy: 'client', scanned: 0, unit: 'events', paused: false }],
      ['leadping', 'exhausted', { appliedBy: 'client', scanned: 0, unit: 'calls', paused: false }],
      ['skipcall', 'exhausted', { appliedBy: 'client', scanned: 0, unit: 'calls', paused: false }],
      ['callingbox', 'exhausted', { appliedBy: 'client', scanned: 0, unit: 'calls', paused: false }],
    ])
    const busyOnly = createMergedFeed({
      filters: { ...filters, statuses: ['busy'] },
      sources: ['leadping'],
      fetcher,
      now: () => NOW,
    })
    expect((await busyOnly.loadMore(5)).sources[0]?.filtering).toEqual({ appliedBy: 'server' })
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callKey, type Call, type Source } from './call'
import { compareNewestFirst } from './call-order'
import type { SourceError } from './feed'
import { UNBOUNDED, type ReaderStep, type SourceReader } from './feed-reader'
import { createFeedFromReaders } from './merge-feed'
import { testCall } from '#testing/test-call'

function makeCall(source: Source, id: string, occurredAt: string): Call {
  return testCall({ source, id, occurredAt })
}

type Plan = {
  source: Source
  calls: Call[]
  pageSizes: number[]
  overlap: boolean
  failAt: number | null
  keep: (call: Call) => boolean
}

const ERROR = (source: Source): SourceError => ({
  source,
  status: 503,
  message: 'down',
  providerMessage: null,
  retryable: true,
  retryAfterSeconds: null,
})

/** A reader over a newest-first list, in pages; it may repeat the last call of a page on the next one. */
function fakeReader(plan: Plan): SourceReader & { steps: number } {
  let position = 0
  let page = 0
  let oldest: string | null = null
  let failed = false
  const reader = {
    source: plan.source,
    clientUnit: plan.keep === ALL ? null : 'calls',
    limitations: [],
    steps: 0,
    bound: () => (position >= plan.calls.length ? null : (oldest ?? UNBOUNDED)),
    step: (): Promise<ReaderStep> => {
      reader.steps += 1
      if (plan.failAt === page && !failed) {
        failed = true
        return Promise.resolve({ calls: [], issues: [], scanned: 0, error: ERROR(plan.source) })
      }
      const size = plan.pageSizes[page % plan.pageSizes.length] ?? 1
      const from = plan.overlap && position > 0 ? position - 1 : position
      const slice = plan.calls.slice(from, position + size)
      position += size
      page += 1
      for (const call of slice) if (oldest === null || call.occurredAt < oldest) oldest = call.occurredAt
      return Promise.resolve({
        calls: slice.filter(plan.keep),
        issues: [],
        scanned: slice.length,
        error: null,
      })
    },
  }
  return reader
}

const ALL = () => true
const BASE = Date.parse('2026-08-21T00:00:00Z')

const planArb = (source: Source) =>
  fc
    .record({
      source: fc.constant(source),
      // Coarse times so that ties across sources and page boundaries happen.
      times: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 30 }),
      pageSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
      overlap: fc.boolean(),
      failAt: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      filtered: fc.boolean(),
    })
    .map((p): Plan => ({
      source: p.source,
      calls: p.times
        .map((t, i) => makeCall(p.source, `${p.source}-${i}`, new Date(BASE + t * 60_000).toISOString()))
        .sort(compareNewestFirst),
      pageSizes: p.pageSizes,
      overlap: p.overlap,
      failAt: p.failAt,
      keep: p.filtered ? (call: Call) => Number(call.id.split('-')[1]) % 3 !== 0 : ALL,
    }))

const plansArb = fc.tuple(planArb('telnyx'), planArb('leadping'), planArb('skipcall'), planArb('callingbox'))

function isNewestFirstWithoutDuplicates(calls: Call[]): boolean {
  const keys = calls.map(callKey)
  return (
    new Set(keys).size === keys.length &&
    calls.every((call, i) => i === 0 || compareNewestFirst(calls[i - 1] as Call, call) < 0)
  )
}

describe('merged feed (k-way merge of newest-first sources)', () => {
  it('emits every matching call once, newest first, across page boundaries; a failing source hides no other and resumes on retry', async () => {
    await fc.assert(
      fc.asyncProperty(plansArb, fc.integer({ min: 1, max: 9 }), async (plans, count) => {
        const feed = createFeedFromReaders(plans.map(fakeReader), 1e9)
        let snapshot = feed.snapshot()
        const seen: Call[][] = []
        for (let round = 0; !snapshot.done && round < 200; round += 1) {
          snapshot = await feed.loadMore(count, undefined, (progress) => seen.push(progress.calls))
          seen.push(snapshot.calls)
          expect(isNewestFirstWithoutDuplicates(snapshot.calls)).toBe(true)
        }
        // Until a retry, each load only appends: nothing newer than what is shown can turn up later.
        for (let i = 1; i < seen.length; i += 1) {
          const before = (seen[i - 1] ?? []).map(callKey)
          expect((seen[i] ?? []).slice(0, before.length).map(callKey)).toEqual(before)
        }
        for (const status of snapshot.sources.filter((s) => s.state === 'error')) {
          expect(status.error?.message).toBe('down')
          snapshot = await feed.retry(status.source)
          while (!snapshot.done) snapshot = await feed.loadMore(count)
        }
        const expected = plans.flatMap((plan) => plan.calls.filter(plan.keep)).sort(compareNewestFirst)
        expect(snapshot.calls.map(callKey)).toEqual(expected.map(callKey))
        expect(isNewestFirstWithoutDuplicates(snapshot.calls)).toBe(true)
        expect(snapshot.sources.map((s) => s.emitted)).toEqual(
          plans.map((plan) => plan.calls.filter(plan.keep).length),
        )
      }),
      { seed: 4242, numRuns: 300 },
    )
  })

  it('never emits a call while a source that still has more could hold a newer one', async () => {
    const telnyx = ['2026-08-21T10:00:00.000Z', '2026-08-21T08:00:00.000Z', '2026-08-21T07:00:00.000Z']
    const slow = fakeReader({
      source: 'telnyx',
      calls: telnyx.map((at, i) => makeCall('telnyx', `t${i + 1}`, at)),
      pageSizes: [1],
      overlap: false,
      failAt: null,
      keep: ALL,
    })
    const fast = fakeReader({
      source: 'leadping',
      calls: [makeCall('leadping', 'l1', '2026-08-21T09:00:00.000Z')],
      pageSizes: [5],
      overlap: false,
      failAt: null,
      keep: ALL,
    })
    const feed = createFeedFromReaders([slow, fast], 1e9)
    const rounds: string[][] = []
    const first = await feed.loadMore(1, undefined, (s) => rounds.push(s.calls.map((c) => c.id)))
    // Telnyx's first page (10:00) proves nothing about 10:00 itself, so nothing shows until its second
    // page; then t1 and l1 are safe, but t2 (08:00) waits for the page after.
    expect(rounds).toEqual([[], ['t1', 'l1']])
    expect(first.calls.map((c) => c.id)).toEqual(['t1', 'l1'])
    expect(slow.steps).toBe(2)
    const rest = await feed.loadMore(5)
    expect(rest.calls.map((c) => c.id)).toEqual(['t1', 'l1', 't2', 't3'])
    expect(rest.done).toBe(true)
  })

  it('scans a client-filtered source with progress and pauses at its budget, saying so', async () => {
    const calls = Array.from({ length: 40 }, (_, i) =>
      makeCall('skipcall', `s${i}`, new Date(BASE - i * 60_000).toISOString()),
    )
    const reader = fakeReader({
      source: 'skipcall',
      calls,
      pageSizes: [5],
      overlap: false,
      failAt: null,
      keep: (c) => c.id === 's33',
    })
    const feed = createFeedFromReaders([reader], 12)
    const progress: number[] = []
    const first = await feed.loadMore(1, undefined, (s) => {
      const f = s.sources[0]?.filtering
      if (f?.appliedBy === 'client') progress.push(f.scanned)
    })
    expect(progress).toEqual([5, 10, 15])
    expect(first.calls).toEqual([])
    expect(first.sources[0]).toMatchObject({
      hasMore: true,
      filtering: { appliedBy: 'client', scanned: 15, unit: 'calls', paused: true },
    })
    let snapshot = first
    while (snapshot.calls.length === 0) snapshot = await feed.loadMore(1)
    expect(snapshot.calls.map((c) => c.id)).toEqual(['s33'])
    expect(snapshot.sources[0]?.filtering).toMatchObject({ scanned: 35, paused: false })
  })

  it('keeps its state when a read is aborted, and serialises concurrent loads', async () => {
    const calls = [makeCall('callingbox', 'c1', '2026-08-21T10:00:00.000Z')]
    let reject = false
    const base = fakeReader({
      source: 'callingbox',
      calls,
      pageSizes: [1],
      overlap: false,
      failAt: null,
      keep: ALL,
    })
    const reader: SourceReader = {
      ...base,
      bound: () => base.bound(),
      step: () => (reject ? Promise.reject(new DOMException('aborted', 'AbortError')) : base.step()),
    }
    const feed = createFeedFromReaders([reader], 1e9)
    reject = true
    await expect(feed.loadMore(1)).rejects.toThrow('aborted')
    expect(feed.snapshot().sources[0]?.state).toBe('idle')
    reject = false
    const [a, b] = await Promise.all([feed.loadMore(1), feed.loadMore(1)])
    expect(a.calls.map((c) => c.id)).toEqual(['c1'])
    expect(b.done).toBe(true)
  })
})

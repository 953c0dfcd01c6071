import { describe, expect, it, vi } from 'vitest'
import type { ActivityItem } from '#domain/activity'
import type { Call } from '#domain/call'
import type { SourceError } from '#domain/feed'
import { callToActivity } from '#domain/lead-activity'
import { testCall } from '#testing/test-call'
import type { CursorPage } from '#providers/leadping/lead-loaders'
import { createCursorStream } from './cursor-stream'
import { createTimelinePipeline } from './timeline-pipeline'

const minute = (n: number) => new Date(Date.UTC(2026, 10, 20, 12, 0) - n * 60_000).toISOString()

/** A call `n` minutes before noon between a number unique to it and the lead. */
const callAt = (source: Call['source'], n: number): Call =>
  testCall({
    source,
    id: `${source}-${n}`,
    from: `+1512555${String(1000 + n)}`,
    to: '+19168295947',
    occurredAt: minute(n),
  })

const outage: SourceError = {
  source: 'leadping',
  status: 503,
  message: 'Leadping is unavailable (503).',
  providerMessage: null,
  retryable: true,
  retryAfterSeconds: null,
}

/**
 * A cursor stream over fixed records, pages of `size`, with a switchable outage and a request log. With
 * `gate`, every answer waits for it (a slow provider).
 */
function pagedCalls(records: Call[], size: number, gate?: Promise<void>) {
  const state = { down: false, asked: [] as (string | null)[] }
  const stream = createCursorStream<Call>({
    key: records[0]?.source ?? 'empty',
    label: 'test',
    source: records[0]?.source ?? 'leadping',
    as: 'calls',
    fetchPage: async (token): Promise<CursorPage<Call>> => {
      state.asked.push(token)
      await gate
      if (state.down) return { ok: false, error: outage, issues: [] }
      const offset = Number(token ?? 0)
      const next = offset + size < records.length ? String(offset + size) : null
      return { ok: true, items: records.slice(offset, offset + size), issues: [], next }
    },
  })
  return { stream, state }
}

const keys = (items: readonly ActivityItem[]) => items.map((item) => `${item.source}:${item.id}`)

describe('the timeline pipeline over several newest-first streams', () => {
  const leadping = Array.from({ length: 30 }, (_, i) => callAt('leadping', i * 10))
  const skipcall = Array.from({ length: 12 }, (_, i) => callAt('skipcall', i * 25 + 3))
  const expected = keys(
    [...leadping, ...skipcall].map(callToActivity).sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1)),
  )

  it('shows items newest first, page after page, without gaps or repeats, until the end', async () => {
    const pipeline = createTimelinePipeline([pagedCalls(leadping, 7).stream, pagedCalls(skipcall, 5).stream])
    const seen: string[][] = []
    let snapshot = await pipeline.loadMore(10)
    seen.push(keys(snapshot.items))
    while (!snapshot.done) {
      snapshot = await pipeline.loadMore(10)
      seen.push(keys(snapshot.items))
    }
    expect(seen[0]?.length).toBeGreaterThanOrEqual(10)
    // Each step extends the previous one: nothing already shown moves or disappears.
    seen.forEach((step, i) => expect(step.slice(0, seen[i - 1]?.length ?? 0)).toEqual(seen[i - 1] ?? []))
    expect(seen.at(-1)).toEqual(expected)
    expect(snapshot.boundMs).toBe(-Infinity)
  })

  it('reads one step at a time: "Load more" during an automatic read never reads a page twice', async () => {
    const a = pagedCalls(leadping, 7)
    const b = pagedCalls(skipcall, 5)
    const pipeline = createTimelinePipeline([a.stream, b.stream])
    await pipeline.loadMore(5)
    const [auto, pressed] = await Promise.all([pipeline.loadMore(10), pipeline.loadMore(10)])
    expect(pressed.items.length).toBeGreaterThan(auto.items.length)
    const shown = keys(pressed.items)
    expect(new Set(shown).size).toBe(shown.length)
    expect(new Set(a.state.asked).size).toBe(a.state.asked.length)
  })

  it('reads only the stream that holds the others back', async () => {
    const a = pagedCalls(leadping, 7)
    const b = pagedCalls(skipcall, 50)
    await createTimelinePipeline([a.stream, b.stream]).loadMore(3)
    expect(a.state.asked).toEqual([null])
    expect(b.state.asked).toEqual([null])
  })

  it('lets a failed stream stop holding the others back, reports it, and retries it from the same page', async () => {
    const a = pagedCalls(leadping, 7)
    const b = pagedCalls(skipcall, 5)
    const pipeline = createTimelinePipeline([a.stream, b.stream])
    await pipeline.loadMore(5)
    a.state.down = true
    let snapshot = await pipeline.loadMore(100)
    expect(snapshot.reports.find((report) => report.sources.includes('leadping'))?.state).toBe('error')
    expect(snapshot.items.some((item) => item.id === 'skipcall-278')).toBe(true)
    const failedToken = a.state.asked.at(-1)
    a.state.down = false
    snapshot = await pipeline.retryFailed(100)
    expect(a.state.asked[a.state.asked.indexOf(failedToken ?? null, 1) + 1]).toBe(failedToken)
    while (!snapshot.done) snapshot = await pipeline.loadMore(100)
    expect(keys(snapshot.items)).toEqual(expected)
  })
})

describe('one slow stream', () => {
  const leadping = Array.from({ length: 30 }, (_, i) => callAt('leadping', i * 10))
  const skipcall = Array.from({ length: 12 }, (_, i) => callAt('skipcall', i * 25 + 3))

  function slowSkipcall(size = 50) {
    let open = () => undefined as void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const slow = pagedCalls(skipcall, size, gate)
    const fast = pagedCalls(leadping, 7)
    const pipeline = createTimelinePipeline([fast.stream, slow.stream], { patienceMs: 0 })
    return { pipeline, open, slow }
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

  it('does not blank the timeline: the answered stream shows at once and the slow one is marked loading', async () => {
    const { pipeline } = slowSkipcall()
    const snapshot = await pipeline.loadMore(10)
    expect(snapshot.items.length).toBeGreaterThanOrEqual(10)
    expect(snapshot.items.every((item) => item.source === 'leadping')).toBe(true)
    expect(snapshot.waiting).toBe(true)
    expect(snapshot.done).toBe(false)
    expect(snapshot.reports.find((report) => report.sources.includes('skipcall'))?.state).toBe('loading')
  })

  it('lets the slow stream join in time order when it answers, keeping every item already shown', async () => {
    const { pipeline, open } = slowSkipcall()
    const before = keys((await pipeline.loadMore(10)).items)
    const heard = vi.fn()
    pipeline.subscribe(heard)
    open()
    await settle()
    expect(heard).toHaveBeenCalled()
    const after = pipeline.snapshot()
    expect(after.waiting).toBe(false)
    expect(after.reports.find((report) => report.sources.includes('skipcall'))?.state).toBe('done')
    const shown = keys(after.items)
    expect(shown.some((key) => key.startsWith('skipcall:'))).toBe(true)
    expect(shown.filter((key) => key.startsWith('leadping:'))).toEqual(before)
    const times = after.items.map((item) => item.occurredAt)
    expect([...times].sort().reverse()).toEqual(times)
  })

  it('never takes back a shown item when the slow stream has read less far back than the others', async () => {
    // Skipcall's first page (3 calls) ends 53 minutes back; Leadping's items shown reach further back.
    const { pipeline, open } = slowSkipcall(3)
    const before = keys((await pipeline.loadMore(10)).items)
    open()
    await settle()
    const after = keys(pipeline.snapshot().items)
    expect(after.filter((key) => key.startsWith('leadping:'))).toEqual(before)
    expect(after.filter((key) => key.startsWith('skipcall:'))).toHaveLength(3)
  })

  it('gives the same object until something changes', async () => {
    const { pipeline, open } = slowSkipcall()
    await pipeline.loadMore(10)
    expect(pipeline.snapshot()).toBe(pipeline.snapshot())
    const first = pipeline.snapshot()
    open()
    await settle()
    expect(pipeline.snapshot()).not.toBe(first)
  })
})

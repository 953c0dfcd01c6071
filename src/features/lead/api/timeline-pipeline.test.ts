import { describe, expect, it } from 'vitest'
import type { ActivityItem } from '../../../domain/activity'
import type { Call } from '../../../domain/call'
import type { SourceError } from '../../../domain/feed'
import { callToActivity } from '../../../domain/lead-activity'
import { testCall } from '../../../domain/testing/test-call'
import type { CursorPage } from '../../../providers/leadping/lead-loaders'
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

/** A cursor stream over fixed records, pages of `size`, with a switchable outage and a request log. */
function pagedCalls(records: Call[], size: number) {
  const state = { down: false, asked: [] as (string | null)[] }
  const stream = createCursorStream<Call>({
    key: records[0]?.source ?? 'empty',
    label: 'test',
    source: records[0]?.source ?? 'leadping',
    occurredAt: (call) => call.occurredAt,
    as: 'calls',
    fetchPage: (token): Promise<CursorPage<Call>> => {
      state.asked.push(token)
      if (state.down) return Promise.resolve({ ok: false, error: outage, issues: [] })
      const offset = Number(token ?? 0)
      const next = offset + size < records.length ? String(offset + size) : null
      return Promise.resolve({ ok: true, items: records.slice(offset, offset + size), issues: [], next })
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

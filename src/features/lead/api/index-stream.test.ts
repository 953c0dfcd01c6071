import { describe, expect, it } from 'vitest'
import type { ActivityItem } from '#domain/activity'
import type { Call, Source } from '#domain/call'
import type { CallsPage, CallsQuery, SourceSync } from '#domain/index-api'
import { testCall } from '#testing/test-call'
import { HttpError } from '#lib/http-error'
import type { CallsPageFetcher } from '#lib/index-client'
import { createIndexStream } from './index-stream'
import { OTHER_CALL_SOURCES } from './lead-streams'
import { createTimelinePipeline } from './timeline-pipeline'

const minute = (n: number) => new Date(Date.UTC(2026, 10, 20, 12, 0) - n * 60_000).toISOString()

const LEAD = '+19168295947'
const SECOND = '+15125550100'

const call = (source: Source, n: number, from: string, to = '+18885550142'): Call =>
  testCall({ source, id: `${source}-${n}`, from, to, occurredAt: minute(n) })

const okSync = (source: Source): SourceSync => ({
  source,
  mode: 'simulator',
  state: 'ok',
  lastSuccessAt: '2026-11-20T11:59:00.000Z',
  lastAttemptAt: '2026-11-20T11:59:00.000Z',
  lagSeconds: 2,
  records: 10,
  lastError: null,
  retryAt: null,
  historySince: source === 'telnyx' ? '2026-10-21T00:00:00.000Z' : null,
  problems: [],
  progress: null,
})

const SYNC: SourceSync[] = [...OTHER_CALL_SOURCES, 'leadping' as const].map(okSync)

/**
 * A fake `/api/calls`: the calls whose from/to ends with the searched number, newest first, in pages of
 * the asked limit, the cursor being an offset. Records every query and can be switched off (503).
 */
function fakeIndex(all: Call[]) {
  const state = { down: false, asked: [] as CallsQuery[] }
  const fetchPage: CallsPageFetcher<Call> = (query) => {
    state.asked.push(query)
    if (state.down) return Promise.reject(new HttpError('The index store is unavailable.', 503))
    const digits = query.q.replace(/\D/g, '')
    const matching = all
      .filter((c) => query.sources.includes(c.source))
      .filter((c) => [c.from, c.to].some((n) => n?.replace(/\D/g, '').endsWith(digits)))
      .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))
    const offset = Number(query.cursor ?? 0)
    const end = offset + query.limit
    const page: CallsPage<Call> = {
      calls: matching.slice(offset, end),
      nextCursor: end < matching.length ? String(end) : null,
      total: null,
      sync: SYNC,
      now: '2026-11-20T12:00:00.000Z',
    }
    return Promise.resolve(page)
  }
  return { fetchPage, state }
}

const stream = (phone: string, fetchPage: CallsPageFetcher<Call>) =>
  createIndexStream({ key: `calls:${phone}`, phone, sources: OTHER_CALL_SOURCES, fetchPage })

const keys = (items: readonly ActivityItem[]) => items.map((item) => `${item.source}:${item.id}`)

describe('a lead number read from the call index', () => {
  // 250 calls over three sources, one every 7 minutes (older than a day after ~3 hours).
  const sources: Source[] = ['telnyx', 'skipcall', 'callingbox']
  const calls = Array.from({ length: 250 }, (_, i) => call(sources[i % 3] ?? 'telnyx', i * 7, LEAD))

  it('asks for the number in all sources at any time, newest first, and follows the cursor to the end', async () => {
    const index = fakeIndex(calls)
    const s = stream(LEAD, index.fetchPage)
    expect(s.unfinished()).toBe(true)
    expect(s.frontier()).toBeNull()
    while (s.unfinished()) await s.advance()
    expect(index.state.asked.map((q) => q.cursor)).toEqual([null, '100', '200'])
    expect(index.state.asked[0]).toMatchObject({
      q: LEAD,
      sources: ['telnyx', 'skipcall', 'callingbox'],
      period: 'all',
      sort: '-time',
    })
    expect(s.calls().map((c) => c.id)).toEqual(calls.map((c) => c.id))
    expect(s.frontier()).toBe(calls.at(-1)?.occurredAt)
    expect(s.reports()).toMatchObject([{ state: 'done', error: null, sources: OTHER_CALL_SOURCES }])
  })

  it('reports the index sync of its own sources only', async () => {
    const s = stream(LEAD, fakeIndex(calls).fetchPage)
    expect(s.reports()[0]?.state).toBe('idle')
    await s.advance()
    const report = s.reports()[0]
    expect(report?.state).toBe('more')
    expect(report?.label).toBe(`Telnyx, Skipcall and CallingBox calls to or from ${LEAD}`)
    expect(report?.sync.map((entry) => entry.source)).toEqual(['telnyx', 'skipcall', 'callingbox'])
  })

  it('turns a failed page into the report, stops holding back, and retries from the same cursor', async () => {
    const index = fakeIndex(calls)
    const s = stream(LEAD, index.fetchPage)
    await s.advance()
    index.state.down = true
    await s.advance()
    expect(s.unfinished()).toBe(false)
    expect(s.reports()[0]).toMatchObject({
      state: 'error',
      error: { status: 503, retryable: true, message: expect.stringContaining('unavailable') as unknown },
    })
    expect(s.calls()).toHaveLength(100)
    index.state.down = false
    await s.retry()
    expect(index.state.asked.map((q) => q.cursor)).toEqual([null, '100', '100'])
    expect(s.reports()[0]?.state).toBe('more')
    expect(s.calls()).toHaveLength(200)
  })

  it('a server that cannot be reached is a retryable error too; an abort is thrown, not reported', async () => {
    const unreachable = stream(LEAD, () => Promise.reject(new TypeError('The server could not be reached.')))
    await unreachable.advance()
    expect(unreachable.reports()[0]?.error).toMatchObject({ status: null, retryable: true })

    const controller = new AbortController()
    const aborted = stream(LEAD, () => {
      controller.abort()
      return Promise.reject(new DOMException('aborted', 'AbortError'))
    })
    await expect(aborted.advance(controller.signal)).rejects.toThrow('aborted')
    expect(aborted.reports()[0]?.state).toBe('idle')
  })
})

describe('the timeline over several lead numbers', () => {
  it('shows a call found by two numbers once, newest first, across pages', async () => {
    // Calls between the lead's two numbers are found by both searches.
    const between = Array.from({ length: 30 }, (_, i) => call('telnyx', i * 11, LEAD, SECOND))
    const onlyFirst = Array.from({ length: 120 }, (_, i) => call('skipcall', i * 5 + 1, LEAD))
    const onlySecond = Array.from({ length: 40 }, (_, i) => call('callingbox', i * 13 + 2, SECOND))
    const index = fakeIndex([...between, ...onlyFirst, ...onlySecond])
    const pipeline = createTimelinePipeline([stream(LEAD, index.fetchPage), stream(SECOND, index.fetchPage)])
    let snapshot = await pipeline.loadMore(20)
    while (!snapshot.done) snapshot = await pipeline.loadMore(20)
    const shown = keys(snapshot.items)
    expect(new Set(shown).size).toBe(shown.length)
    expect(shown).toHaveLength(between.length + onlyFirst.length + onlySecond.length)
    const times = snapshot.items.map((item) => item.occurredAt)
    expect([...times].sort().reverse()).toEqual(times)
  })

  it('a failed number is reported with its own Retry while the other number still shows', async () => {
    const index = fakeIndex([call('telnyx', 1, LEAD), call('skipcall', 2, SECOND)])
    const broken: CallsPageFetcher<Call> = () => Promise.reject(new HttpError('Bad gateway.', 502))
    const pipeline = createTimelinePipeline([stream(LEAD, index.fetchPage), stream(SECOND, broken)])
    const snapshot = await pipeline.loadMore(20)
    expect(keys(snapshot.items)).toEqual(['telnyx:telnyx-1'])
    expect(snapshot.reports.filter((r) => r.state === 'error').map((r) => r.key)).toEqual([`calls:${SECOND}`])
  })
})

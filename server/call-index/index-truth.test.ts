import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_STATUSES, SOURCES, type ListedCall, type Source } from '#domain/call'
import { serializeCallsQuery, type CallsPage, type CallsQuery } from '#domain/index-api'
import { TELNYX_WINDOW_MS } from '#providers/telnyx/to-query'
import { providersHold, rowKey } from './index-truth'
import { startTestIndex, type TestIndex } from './test-index'

async function everyPage(x: TestIndex, query: Partial<CallsQuery>): Promise<ListedCall[]> {
  const calls: ListedCall[] = []
  let cursor: string | null = null
  for (let i = 0; i < 1000; i += 1) {
    const params = serializeCallsQuery({ ...query, cursor, limit: 97 })
    const { status, body } = await x.get<CallsPage>(`/api/calls?${params.toString()}`)
    expect(status).toBe(200)
    calls.push(...body.calls)
    cursor = body.nextCursor
    if (cursor === null) return calls
  }
  throw new Error('too many pages')
}

const STATUSES = CALL_STATUSES.filter((s) => s !== 'unknown')

describe('the index holds what the providers hold', () => {
  let x: TestIndex
  let now: Date
  beforeAll(async () => {
    x = await startTestIndex({}, 60)
    await x.syncAll()
    now = new Date(x.t.clock.dataUs() / 1000)
  }, 120_000)
  afterAll(() => x.close())

  it('for random filters inside Telnyx’s 24 hours, every page read to the end', async () => {
    const windowStart = now.getTime() - TELNYX_WINDOW_MS + 20 * 60_000
    let compared = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('all', 'inbound', 'outbound'),
        fc.subarray([...STATUSES], { maxLength: 3 }),
        fc.subarray([...SOURCES] as Source[], { maxLength: 2 }),
        fc.integer({ min: windowStart, max: now.getTime() - 60_000 }),
        fc.integer({ min: 5 * 60_000, max: 12 * 3_600_000 }),
        async (direction, statuses, sources, startMs, spanMs) => {
          const start = new Date(startMs).toISOString()
          const end = new Date(Math.min(startMs + spanMs, now.getTime())).toISOString()
          const listed = await everyPage(x, { direction, statuses, sources, start, end })
          const held = await providersHold(
            x.t,
            { direction, statuses, sources, start, end, query: '' },
            sources.length > 0 ? sources : [...SOURCES],
            now,
          )
          compared += held.length
          const keys = listed.map(rowKey)
          expect(new Set(keys).size).toBe(keys.length)
          expect([...keys].sort()).toEqual(held.map(rowKey).sort())
        },
      ),
      { numRuns: 25, seed: 7 },
    )
    // Not vacuous: the random views held calls to compare.
    expect(compared).toBeGreaterThan(50)
  }, 120_000)

  it('keyset pages in every sort hold each call exactly once', async () => {
    const all = await everyPage(x, { period: 'all' })
    for (const sort of ['time', '-duration', 'duration'] as const) {
      const sorted = await everyPage(x, { period: 'all', sort })
      expect(sorted.map((c) => `${c.source}:${c.id}`).sort()).toEqual(
        all.map((c) => `${c.source}:${c.id}`).sort(),
      )
    }
  })

  it('a 7-day view lists Telnyx calls older than 24 hours (from Detail Record Search)', async () => {
    const { body } = await x.get<CallsPage>(`/api/calls?period=7d&source=telnyx&sort=time&limit=5`)
    expect(body.calls.length).toBeGreaterThan(0)
    expect(Date.parse(body.calls[0]?.occurredAt ?? '')).toBeLessThan(now.getTime() - TELNYX_WINDOW_MS)
    expect(body.sync.find((s) => s.source === 'telnyx')?.historySince).not.toBeNull()
  })
})

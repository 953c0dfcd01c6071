import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CALL_STATUSES, SOURCES } from '#domain/call'
import type { CallsPage } from '#domain/index-api'
import { testCall } from '#testing/test-call'
import type { VolumeAnswer } from '#domain/volume-api'
import type { IndexDb } from './db'
import { startTestIndex, type TestIndex } from './test-index'
import { openTestDatabase, type TestDatabase } from './test-store'
import { volumeRoutes } from './volume-route'
import { upsertCalls } from './write-calls'

type ErrorBody = { error: { code: string; message: string } }

describe('GET /api/calls/volume', () => {
  let x: TestIndex
  beforeAll(async () => {
    x = await startTestIndex()
    await x.syncAll()
  }, 120_000)
  afterAll(() => x.close())

  it.each([
    ['period=24h'],
    ['period=7d'],
    ['period=24h&direction=inbound&source=leadping,skipcall'],
    ['period=7d&status=completed,voicemail'],
    ['start=2026-11-18T06:30:00.000Z&end=2026-11-19T18:00:00.000Z'],
  ])('%s: the bars add up to the list’s total for the same filters', async (filters) => {
    const list = await x.get<CallsPage>(`/api/calls?${filters}&limit=1`)
    const { status, body } = await x.get<VolumeAnswer>(`/api/calls/volume?${filters}&tz=UTC`)
    expect(status).toBe(200)
    expect(list.body.total?.exact).toBe(true)
    expect(list.body.total?.count).toBeGreaterThan(0)
    expect(body.total).toBe(list.body.total?.count)
    expect(body.buckets.reduce((sum, b) => sum + b.total, 0)).toBe(body.total)
    for (const bucket of body.buckets)
      expect(Object.values(bucket.counts).reduce((sum, n) => sum + n, 0)).toBe(bucket.total)
  })

  it('counts the last 24 hours per hour and a week per day, with no-store', async () => {
    const response = await x.app.request('/api/calls/volume?period=24h', {
      headers: { host: '127.0.0.1:8080' },
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
    const day = (await response.json()) as VolumeAnswer
    expect(day.granularity).toBe('hour')
    expect(day.timeZone).toBe('UTC')
    expect(day.defaultSpan).toBe(false)
    expect(day.window).toEqual({ start: '2026-11-19T15:00:00.000Z', end: '2026-11-20T15:00:00.000Z' })
    expect(day.buckets).toHaveLength(24)
    const week = (await x.get<VolumeAnswer>('/api/calls/volume?period=7d')).body
    expect(week.granularity).toBe('day')
    expect(week.buckets).toHaveLength(8)
  })

  it('aligns hour buckets to the zone: Asia/Kolkata hours start at :30 UTC', async () => {
    const { body } = await x.get<VolumeAnswer>('/api/calls/volume?period=24h&tz=Asia%2FKolkata')
    expect(body.timeZone).toBe('Asia/Kolkata')
    expect(body.buckets).toHaveLength(25)
    expect(body.buckets[0]?.start).toBe('2026-11-19T14:30:00.000Z')
    expect(body.buckets.every((b) => b.start.slice(13) === ':30:00.000Z')).toBe(true)
    const utc = (await x.get<VolumeAnswer>('/api/calls/volume?period=24h&tz=UTC')).body
    expect(body.total).toBe(utc.total)
  })

  it('without a start, counts the 30 days before the end and says so', async () => {
    const { body } = await x.get<VolumeAnswer>('/api/calls/volume?tz=UTC')
    expect(body.defaultSpan).toBe(true)
    expect(body.window).toEqual({ start: '2026-10-21T15:00:00.000Z', end: '2026-11-20T15:00:00.000Z' })
    expect(body.granularity).toBe('day')
    const list = await x.get<CallsPage>(
      `/api/calls?start=${body.window.start}&end=${body.window.end}&limit=1`,
    )
    expect(body.total).toBe(list.body.total?.count)
  })

  it.each([
    ['tz=Mars%2FOlympus', 'tz'],
    ['tz=Asia/Kolkata&tz=UTC', 'tz'],
    ['period=2d', 'period'],
    ['colour=red', 'colour'],
  ])('%s is refused with a 400 naming %s', async (query, parameter) => {
    const { status, body } = await x.get<ErrorBody>(`/api/calls/volume?${query}`)
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid_parameter')
    expect(body.error.message).toContain(`"${parameter}"`)
  })
})

describe('GET /api/calls/volume over 100,000 calls', () => {
  let database: TestDatabase
  let db: IndexDb
  const end = Date.parse('2026-11-20T15:00:00.000Z')
  beforeAll(async () => {
    database = await openTestDatabase(undefined, { memory: true })
    db = database.db
    // 100,000 calls over the 30 days before `end`, every source and status.
    const calls = Array.from({ length: 100_000 }, (_, i) => {
      const occurredAt = new Date(end - 1 - Math.floor((i * 30 * 86_400_000) / 100_000)).toISOString()
      return testCall({
        source: SOURCES[i % SOURCES.length] ?? 'telnyx',
        id: `synthetic-${i}`,
        status: CALL_STATUSES[i % CALL_STATUSES.length] ?? 'completed',
        occurredAt,
      })
    })
    await upsertCalls(db, calls, new Date(end).toISOString())
    // About 60 s on PostgreSQL under a busy machine's load (20 s on SQLite).
  }, 300_000)
  afterAll(() => database.close())

  it('counts them all per day within two seconds', async () => {
    const app = volumeRoutes({ db, now: () => new Date(end) })
    const started = performance.now()
    const response = await app.request('/api/calls/volume?period=30d&tz=Europe%2FBerlin')
    const elapsed = performance.now() - started
    const body = (await response.json()) as VolumeAnswer
    expect(body.total).toBe(100_000)
    expect(body.buckets.length).toBeGreaterThanOrEqual(30)
    // Measured 300–500 ms (see volume-route.ts); the bound is loose because the test machines are shared.
    expect(elapsed).toBeLessThan(2_000)
  })
})

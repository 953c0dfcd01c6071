import { afterEach, describe, expect, it } from 'vitest'
import { createAttemptLimiter } from '../auth/attempt-limiter'
import { openTestDatabase, type TestDatabase } from './test-store'

let test: TestDatabase | null = null
afterEach(async () => {
  await test?.close()
  test = null
})

const WINDOW_MS = 15 * 60_000
const T0 = Date.parse('2026-11-20T15:00:00Z')

/** Two instances' limiters on one index database, on one clock. */
async function twoLimiters(database: TestDatabase) {
  const clock = { now: T0 }
  const second = await database.open()
  const options = { max: 10, windowMs: WINDOW_MS, now: () => clock.now }
  return {
    clock,
    a: createAttemptLimiter({ ...options, db: () => database.db }),
    b: createAttemptLimiter({ ...options, db: () => second }),
  }
}

describe('sign-in failures shared by every instance', () => {
  it('failures at two instances add up to one limit, and a success at either clears it', async () => {
    test = await openTestDatabase()
    const { a, b } = await twoLimiters(test)
    for (let i = 0; i < 5; i++) await a.fail('198.51.100.1')
    for (let i = 0; i < 4; i++) await b.fail('198.51.100.1')
    expect(await a.retryAfterSeconds('198.51.100.1')).toBe(0)
    await b.fail('198.51.100.1')
    expect(await a.retryAfterSeconds('198.51.100.1')).toBe(900)
    expect(await b.retryAfterSeconds('198.51.100.1')).toBe(900)
    expect(await b.retryAfterSeconds('198.51.100.2')).toBe(0)
    await a.succeed('198.51.100.1')
    expect(await b.retryAfterSeconds('198.51.100.1')).toBe(0)
  })

  it('concurrent failures at both instances are all counted', async () => {
    test = await openTestDatabase()
    const { a, b } = await twoLimiters(test)
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).fail('198.51.100.1')))
    const row = await test.db
      .selectFrom('sign_in_failures')
      .select('count')
      .where('key', '=', '198.51.100.1')
      .executeTakeFirstOrThrow()
    expect(Number(row.count)).toBe(20)
  })

  it('a window that ended starts again at one, and ended windows are deleted', async () => {
    test = await openTestDatabase()
    const { clock, a, b } = await twoLimiters(test)
    for (let i = 0; i < 10; i++) await a.fail('198.51.100.1')
    await a.fail('198.51.100.2')
    clock.now = T0 + 14 * 60_000
    expect(await b.retryAfterSeconds('198.51.100.1')).toBe(60)
    clock.now = T0 + WINDOW_MS
    expect(await b.retryAfterSeconds('198.51.100.1')).toBe(0)
    await b.fail('198.51.100.1')
    const rows = await test.db.selectFrom('sign_in_failures').selectAll().execute()
    // 198.51.100.2's ended window went with the next failure; 198.51.100.1 starts afresh.
    expect(rows).toEqual([
      { key: '198.51.100.1', count: 1, reset_at: new Date(T0 + 2 * WINDOW_MS).toISOString() },
    ])
    for (let i = 0; i < 9; i++) await a.fail('198.51.100.1')
    expect(await a.retryAfterSeconds('198.51.100.1')).toBe(900)
  })
})

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_CALLS_QUERY, type CallsQuery, type IndexSort } from '#domain/index-api'
import { testCall } from '#testing/test-call'
import type { Call } from '#domain/call'
import { openPostgresIndex, openSqliteIndex, type IndexDb } from './db'
import { selectCallsPage } from './query-calls'
import { testStore } from './test-store'
import { upsertCalls } from './write-calls'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const AT = '2026-11-20T10:00:00.000Z'

/**
 * Calls whose order and search hinge on bytewise text: ties on the time broken by ids that differ in
 * case, digits against ':' and '-', and numbers whose reversed digits are prefixes of one another.
 */
const CALLS: Call[] = [
  ...['a', 'B', 'a:1', 'a1', 'A', 'b-2', 'a9', 'Z', 'a_', 'é'].map((id, i) =>
    testCall({ source: i % 2 === 0 ? 'leadping' : 'skipcall', id, occurredAt: AT }),
  ),
  testCall({ source: 'telnyx', id: 'p1', from: '+14155550123', occurredAt: '2026-11-20T09:00:00.000Z' }),
  testCall({ source: 'telnyx', id: 'p2', to: '+14155551230', occurredAt: '2026-11-20T09:01:00.000Z' }),
  testCall({ source: 'telnyx', id: 'p3', from: '+4930550123', occurredAt: '2026-11-20T09:02:00.000Z' }),
  testCall({ source: 'telnyx', id: 'p4', from: '+14155550124', occurredAt: '2026-11-20T09:03:00.000Z' }),
  // Names with LIKE's wildcards and its escape character, which a search must take literally.
  ...['Ann 50% Off', 'ann_b', 'Ann\\c', 'Anna'].map((name, i) =>
    testCall({ source: 'callingbox', id: `n${i}`, lead: { id: `lead-n${i}`, name }, occurredAt: AT }),
  ),
]

async function listIds(db: IndexDb, patch: Partial<CallsQuery>): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  do {
    // Pages of 3, so the keyset comparisons run on the same ties as the order.
    const page = await selectCallsPage(
      db,
      { ...DEFAULT_CALLS_QUERY, period: 'all', ...patch, cursor, limit: 3 },
      NOW,
    )
    ids.push(...page.calls.map((call) => `${call.source}:${call.id}`))
    cursor = page.nextCursor
  } while (cursor !== null)
  return ids
}

async function adminQuery(adminUrl: string, text: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await client.query<Record<string, unknown>>(text)
  } finally {
    await client.end()
  }
}

/**
 * PostgreSQL only (the index-postgres project): a database whose default collation is a language's
 * (ICU en-US) answers exactly as SQLite does, thanks to migration 0002-bytewise-text-order.
 */
describe.runIf(testStore() === 'postgres')(
  'the index on a PostgreSQL database with a linguistic collation',
  () => {
    const adminUrl = process.env.CALLTRAIL_TEST_PG_URL ?? ''
    const name = `calltrail_icu_${process.pid}_${Date.now().toString(36)}`
    let sqlite: IndexDb
    let postgres: IndexDb

    beforeAll(async () => {
      await adminQuery(
        adminUrl,
        `create database ${name} template template0 encoding 'UTF8' locale_provider icu icu_locale 'en-US' locale 'C.UTF-8'`,
      )
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      postgres = await openPostgresIndex(url.toString(), 2)
      sqlite = await openSqliteIndex(':memory:')
      for (const db of [sqlite, postgres]) await upsertCalls(db, CALLS, NOW.toISOString())
    })
    it.each(['ann', '50%', 'n_b', 'n\\c', 'Off'])('finds the same calls by name %s as SQLite', async (q) => {
      const expected = await listIds(sqlite, { q })
      expect(expected.length).toBeGreaterThan(0)
      expect(await listIds(postgres, { q })).toEqual(expected)
    })

    afterAll(async () => {
      await Promise.all([sqlite?.destroy(), postgres?.destroy()])
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`)
    })

    it('is a database where text would otherwise order differently from SQLite', async () => {
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      // Without migration 0002, this is how the columns compared: the premise of the test.
      const { rows } = await adminQuery(
        url.toString(),
        `select 'a:1' < 'a1' as colon_first, 'B' < 'a' as upper_first`,
      )
      expect(rows[0]).toEqual({ colon_first: true, upper_first: false })
    })

    it.each<IndexSort>(['-time', 'time', '-duration', 'duration'])(
      'lists in the same order as SQLite (%s)',
      async (sort) => {
        const expected = await listIds(sqlite, { sort })
        expect(expected).toHaveLength(CALLS.length)
        expect(await listIds(postgres, { sort })).toEqual(expected)
      },
    )

    it.each(['550123', '5551230', '(415) 555-0124', '+1 415 555 0123'])(
      'finds the same calls by phone suffix %s as SQLite',
      async (q) => {
        const expected = await listIds(sqlite, { q })
        expect(expected.length).toBeGreaterThan(0)
        expect(await listIds(postgres, { q })).toEqual(expected)
      },
    )
  },
)

import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openPostgresIndex } from './db'
import { migrationProvider } from './migrations'
import { testStore } from './test-store'

async function adminQuery<T extends pg.QueryResultRow>(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query<T>(text)
  } finally {
    await client.end()
  }
}

/**
 * PostgreSQL only (the index-postgres project): instances starting together on a brand-new database
 * (a deployment's first start) each open the index, and every migration is applied once. The
 * migrations run under PostgresAdapter's advisory lock; the kysely_migration table is created before
 * it, but Kysely 0.28's Migrator checks again for the table when its `create table if not exists`
 * fails, so the race needs no handling in db.ts (not seen to fail in about 25 rounds of this test).
 */
describe.runIf(testStore() === 'postgres')(
  'two instances migrating one fresh PostgreSQL database at once',
  () => {
    it('both open it, and the schema is applied once', async () => {
      const adminUrl = process.env.CALLTRAIL_TEST_PG_URL ?? ''
      const names = Object.keys(await migrationProvider.getMigrations()).sort()
      // Several fresh databases: a race that loses one time in a few still shows.
      for (let round = 0; round < 4; round += 1) {
        const name = `calltrail_race_${process.pid}_${round}_${Date.now().toString(36)}`
        await adminQuery(adminUrl, `create database ${name}`)
        const url = new URL(adminUrl)
        url.pathname = `/${name}`
        try {
          const opened = await Promise.allSettled([
            openPostgresIndex(url.toString(), 2),
            openPostgresIndex(url.toString(), 2),
          ])
          await Promise.all(opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value.destroy()] : [])))
          expect(opened.map((r) => (r.status === 'fulfilled' ? 'opened' : String(r.reason)))).toEqual([
            'opened',
            'opened',
          ])
          const applied = await adminQuery<{ name: string }>(
            url.toString(),
            'select name from kysely_migration order by name',
          )
          expect(applied.rows.map((row) => row.name)).toEqual(names)
        } finally {
          await adminQuery(adminUrl, `drop database if exists ${name} with (force)`)
        }
      }
    })
  },
)

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openPostgresIndex, openSqliteIndex, type IndexDb, type IndexStore } from './db'

/**
 * The store the index tests run on: `CALLTRAIL_TEST_STORE=postgres` (set by the vitest project that
 * repeats the index suite on PostgreSQL) with `CALLTRAIL_TEST_PG_URL` naming a server where the tests
 * may create databases; SQLite otherwise.
 */
export function testStore(): IndexStore {
  return process.env.CALLTRAIL_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite'
}

export type TestDatabase = {
  store: IndexStore
  /** The database's URL on PostgreSQL (for a connection of one's own, such as a listener). */
  url: string | undefined
  /** The first handle, migrated. */
  db: IndexDb
  /** Another handle on the same database, as a second server instance would hold. */
  open(): Promise<IndexDb>
  /**
   * What a server process needs in its environment to open this database: DATABASE_URL, or for SQLite
   * the DATA_DIR holding index.sqlite (the simulator's data then lives there too). Absent in memory.
   */
  serverEnv?: { DATABASE_URL: string } | { DATA_DIR: string }
  /** Closes every handle and deletes the database. */
  close(): Promise<void>
}

let serial = 0

/**
 * A fresh, empty, migrated index database on the test store, that several handles can share.
 * `memory` keeps SQLite in memory (one handle only: `open()` throws), as fast as the suite always ran;
 * on PostgreSQL it changes nothing.
 */
export async function openTestDatabase(
  store: IndexStore = testStore(),
  options: { memory?: boolean } = {},
): Promise<TestDatabase> {
  const handles: IndexDb[] = []
  if (store === 'sqlite' && options.memory === true) {
    const db = await openSqliteIndex(':memory:')
    return {
      store,
      db,
      url: undefined,
      open: () => Promise.reject(new Error('an in-memory SQLite index has one handle')),
      close: () => db.destroy(),
    }
  }
  if (store === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'calltrail-index-'))
    const open = async () => {
      const db = await openSqliteIndex(dir)
      handles.push(db)
      return db
    }
    return {
      store,
      url: undefined,
      db: await open(),
      open,
      serverEnv: { DATA_DIR: dir },
      async close() {
        await Promise.all(handles.map((db) => db.destroy()))
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  const adminUrl = process.env.CALLTRAIL_TEST_PG_URL
  if (adminUrl === undefined)
    throw new Error('CALLTRAIL_TEST_STORE=postgres needs CALLTRAIL_TEST_PG_URL (vitest starts a cluster)')
  serial += 1
  const name = `calltrail_t${process.pid}_${serial}_${Date.now().toString(36)}`
  await adminQuery(adminUrl, `create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const open = async () => {
    const db = await openPostgresIndex(url.toString(), 4)
    handles.push(db)
    return db
  }
  return {
    store,
    url: url.toString(),
    db: await open(),
    open,
    serverEnv: { DATABASE_URL: url.toString() },
    async close() {
      await Promise.all(handles.map((db) => db.destroy()))
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`)
    },
  }
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

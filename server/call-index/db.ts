import Database from 'better-sqlite3'
import { Kysely, Migrator, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { migrationProvider } from './migrations'
import type { IndexDatabase } from './schema'

export const INDEX_FILE = 'index.sqlite'

export type IndexDb = Kysely<IndexDatabase>

export type IndexStore = 'sqlite' | 'postgres'

export type IndexLocation = {
  /** `postgres://…` puts the index on PostgreSQL (several instances share it); unset means SQLite. */
  databaseUrl?: string | undefined
  /** Where SQLite's index.sqlite lives; `:memory:` in tests. */
  dataDir: string
}

/** Opens the index where the configuration puts it and brings its schema up to date. */
export async function openIndex(location: IndexLocation): Promise<IndexDb> {
  return location.databaseUrl === undefined
    ? openSqliteIndex(location.dataDir)
    : openPostgresIndex(location.databaseUrl)
}

/** Which store a handle talks to, for the few statements that differ (locks, notifications, collation). */
export function storeOf<DB>(db: Kysely<DB>): IndexStore {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** PostgreSQL's bigint (count(*), for one) arrives as text unless told otherwise; counts here fit a double. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

/**
 * Opens the call index on PostgreSQL. Migrations run under Kysely's advisory lock (PostgresAdapter's
 * acquireMigrationLock), so instances starting together apply each migration once.
 */
export async function openPostgresIndex(databaseUrl: string, poolSize = 10): Promise<IndexDb> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize })
  const db = new Kysely<IndexDatabase>({ dialect: new PostgresDialect({ pool }) })
  try {
    await migrateIndex(db)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return db
}

/**
 * Opens the call index on SQLite in `dataDir` (created if needed; `:memory:` for tests) and brings its
 * schema up to date. WAL lets the API read while the sync writes.
 */
export async function openSqliteIndex(dataDir: string): Promise<IndexDb> {
  let file = ':memory:'
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true })
    file = join(dataDir, INDEX_FILE)
  }
  const database = new Database(file)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma('temp_store = MEMORY')
  database.pragma('cache_size = -65536')
  // Checkpoint every 64 MB of WAL instead of every 4 MB: with the default, checkpoints (the only
  // fsyncs in WAL with synchronous=NORMAL) took 36 of the 64 s a SIM_SCALE=47 Telnyx sync spent.
  database.pragma('wal_autocheckpoint = 16384')
  const db = new Kysely<IndexDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  })
  await migrateIndex(db)
  return db
}

/**
 * Kysely prepares every query afresh; SQLite compiles a 100-row upsert in about as long as it runs it.
 * Statements are cached by their text (the sync's page-sized writes repeat the same few), so a
 * page-sized write is compiled once per shape instead of once per page.
 */
function withStatementCache(database: Database.Database) {
  const cache = new Map<string, Database.Statement>()
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql)
      if (statement === undefined) {
        statement = database.prepare(sql)
        if (cache.size >= 500) cache.delete(cache.keys().next().value ?? '')
        cache.set(sql, statement)
      }
      return statement
    },
  }
}

export async function migrateIndex(db: IndexDb): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error !== undefined || failed !== undefined) {
    const name = failed?.migrationName ?? 'unknown'
    throw new Error(`The call index could not be migrated (${name}): ${String(error)}`)
  }
}

/** Removes the index so the next open starts empty and syncs from scratch (the simulator was reseeded). */
export function deleteSqliteIndex(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const path = join(dataDir, INDEX_FILE + suffix)
    if (existsSync(path)) rmSync(path)
  }
}

import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { migrationProvider } from './migrations'
import type { IndexDatabase } from './schema'

export const INDEX_FILE = 'index.sqlite'

export type IndexDb = Kysely<IndexDatabase>

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
  const db = new Kysely<IndexDatabase>({ dialect: new SqliteDialect({ database }) })
  await migrateIndex(db)
  return db
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

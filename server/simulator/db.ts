import Database from 'better-sqlite3'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { migrate } from './migrations'

export type Db = Database.Database
/** A prepared statement taking positional parameters (or one object of named ones). */
export type Stmt = Database.Statement<unknown[], unknown>

export const DB_FILE = 'simulator.sqlite'

/** Opens (creating if needed) the simulator database in `dataDir` and brings its schema up to date. */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, DB_FILE))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('temp_store = MEMORY')
  db.pragma('cache_size = -65536')
  migrate(db)
  return db
}

/** Removes the database files so the next open starts empty (used by a reseed). */
export function deleteDb(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    const path = join(dataDir, DB_FILE + suffix)
    if (existsSync(path)) rmSync(path)
  }
}

export function readMeta(db: Db): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]
  return Object.fromEntries(rows.map((row) => [row.key, row.value]))
}

export function writeMeta(db: Db, values: Record<string, string>): void {
  const upsert = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  )
  db.transaction(() => {
    for (const [key, value] of Object.entries(values)) upsert.run(key, value)
  })()
}

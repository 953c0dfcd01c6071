import { createHash } from 'node:crypto'
import type { Db, Stmt } from './db'
import type { SimulatorClock } from './clock'

/** Everything a request handler needs; built once by createSimulator. */
export type SimContext = {
  db: Db
  seed: number
  clock: SimulatorClock
  leadpingRevision: '2026-07' | '2026-08'
  /** HMAC key for signed media URLs and Leadping continuation tokens (derived from the seed). */
  key: Buffer
  /** Prepared statements cached by SQL text: the endpoints build a small, fixed set of queries. */
  prepare(sql: string): Stmt
}

export function createSimContext(
  db: Db,
  seed: number,
  clock: SimulatorClock,
  leadpingRevision: '2026-07' | '2026-08',
): SimContext {
  const cache = new Map<string, Stmt>()
  return {
    db,
    seed,
    clock,
    leadpingRevision,
    key: createHash('sha256').update(`calltrail-simulator:${seed}`).digest(),
    prepare(sql) {
      let stmt = cache.get(sql)
      if (!stmt) {
        // Query shapes are few, but clients choose filter combinations: keep the cache bounded.
        if (cache.size > 500) cache.clear()
        stmt = db.prepare<unknown[], unknown>(sql)
        cache.set(sql, stmt)
      }
      return stmt
    },
  }
}

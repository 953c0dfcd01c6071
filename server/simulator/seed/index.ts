import type { Db } from '../db'
import { TELNYX_BULK_INDEXES } from '../migrations'
import { seedCallingbox } from './callingbox'
import type { SeedContext } from './context'
import { seedLeadping } from './leadping'
import { seedRecentLeadCalls } from './recent'
import { seedSkipcall } from './skipcall'
import { seedTelnyx } from './telnyx'
import { seedWorld } from './world'

/** Bump when the generator changes, so existing databases are reseeded instead of mixing two worlds. */
export const SEED_VERSION = '2'

export type SeedSummary = {
  leads: number
  telnyxSessions: number
  telnyxEvents: number
  leadpingCalls: number
  leadpingEvents: number
  skipcallCalls: number
  callingboxCalls: number
  insertMs: number
  indexMs: number
}

/**
 * Seeds an empty database. Everything is inserted in one transaction with prepared statements; the
 * large Telnyx indexes are built after the inserts, which is several times faster than maintaining
 * them row by row.
 */
export function seedAll(db: Db, ctx: Omit<SeedContext, 'db'>, clockMs: () => number): SeedSummary {
  const started = clockMs()
  for (const sql of TELNYX_BULK_INDEXES) db.exec(`DROP INDEX IF EXISTS ${sql.split(' ')[5] ?? ''}`)
  db.pragma('synchronous = OFF')
  const full = { ...ctx, db }
  const summary = db.transaction(() => {
    const world = seedWorld(full)
    const telnyx = seedTelnyx(full, world)
    const leadping = seedLeadping(full, world)
    seedRecentLeadCalls(full, world)
    return {
      leads: world.leads.length,
      telnyxSessions: telnyx.sessions,
      telnyxEvents: telnyx.events,
      leadpingCalls: leadping.calls,
      leadpingEvents: leadping.events,
      skipcallCalls: seedSkipcall(full, world),
      callingboxCalls: seedCallingbox(full, world),
    }
  })()
  const inserted = clockMs()
  for (const sql of TELNYX_BULK_INDEXES) db.exec(sql)
  db.exec('ANALYZE')
  db.pragma('synchronous = NORMAL')
  db.pragma('wal_checkpoint(TRUNCATE)')
  return { ...summary, insertMs: Math.round(inserted - started), indexMs: Math.round(clockMs() - inserted) }
}

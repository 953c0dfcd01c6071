import { deleteDb, openDb, readMeta, writeMeta, type Db } from './db'
import { seedAll, SEED_VERSION, type SeedSummary } from './seed'

export type BootstrapOptions = {
  dataDir: string
  seed: number
  scale: number
  now?: string
  reset: boolean
  leadpingRevision: string
}

/**
 * Opens the database and seeds it when needed: on first start, on request (SIM_RESET / sim:reset),
 * or when the seed, scale, Leadping revision, pinned SIM_NOW or generator version differs from what
 * the stored data was built with. Otherwise a restart keeps the data (and anything live mode added).
 */
export function bootstrap(
  opts: BootstrapOptions,
  realNowMs: () => number,
): { db: Db; anchorUs: number; seeded: SeedSummary | null } {
  let db = openDb(opts.dataDir)
  const meta = readMeta(db)
  const pinnedUs = opts.now ? Date.parse(opts.now) * 1000 : null
  const wanted = {
    version: SEED_VERSION,
    seed: String(opts.seed),
    scale: String(opts.scale),
    revision: opts.leadpingRevision,
  }
  const stale =
    opts.reset ||
    Object.entries(wanted).some(([key, value]) => meta[key] !== value) ||
    meta.anchorUs === undefined ||
    (pinnedUs !== null && Number(meta.anchorUs) !== pinnedUs)
  if (!stale) return { db, anchorUs: Number(meta.anchorUs), seeded: null }
  db.close()
  deleteDb(opts.dataDir)
  db = openDb(opts.dataDir)
  const anchorUs = pinnedUs ?? Math.round(realNowMs()) * 1000
  const seeded = seedAll(db, { seed: opts.seed, scale: opts.scale, anchorUs }, realNowMs)
  writeMeta(db, { ...wanted, anchorUs: String(anchorUs), summary: JSON.stringify(seeded) })
  return { db, anchorUs, seeded }
}

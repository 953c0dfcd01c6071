import type { Kysely } from 'kysely'
import { hostname } from 'node:os'
import type { Source } from '#domain/call'
import { storeOf, type IndexDb } from '../call-index/db'

/**
 * Which server instance syncs each source when several share one PostgreSQL (issue 16): a row per
 * source in `sync_leases` naming its holder and an expiry. The holder renews it; once it has expired,
 * any instance may take it. Each operation is one atomic statement, so two instances can never both
 * see the lease as free and both take it.
 *
 * Timings (the defaults below): the holder renews every 5 s a lease that lasts 20 s, so it keeps it
 * through three missed renewals (a stalled event loop, a slow database); followers try to take it every
 * 5 s, so a dead or hung holder is replaced at most 20 + 5 = 25 s after its last renewal, within the
 * issue's 30 s. Expiry is read on each instance's own wall clock: instances must keep their clocks in
 * step (NTP), as a skew of k seconds moves takeover by k seconds.
 */
export const LEASE_DEFAULTS = { ttlMs: 20_000, renewMs: 5_000, followMs: 5_000 }

export type LeaseTimings = typeof LEASE_DEFAULTS

/** Thrown when a source's lease is held by another instance, or was lost during a run. */
export class LeaseLostError extends Error {
  constructor(readonly source: Source) {
    super(`another instance syncs ${source} now`)
    this.name = 'LeaseLostError'
  }
}

export type LeaseOptions = {
  db: IndexDb
  /** This instance's id; tests make two instances in one process by passing two. */
  holder: string
  ttlMs: number
  /** Epoch milliseconds; not the index's domain clock, which tests pin to a simulated date. */
  wallClock: () => number
  /** Whether a process of this machine runs (tests stand in for the operating system). */
  isAlive?: (pid: number) => boolean
}

/** A holder name from `instanceIdOfProcess` that names this host and a process that has ended. */
export function isDeadLocalHolder(name: string, isAlive: (pid: number) => boolean): boolean {
  const parts = name.split(':')
  if (parts.length < 3) return false
  const pid = Number(parts.at(-2))
  const host = parts.slice(0, -2).join(':')
  return host === hostname() && Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type Leases = {
  readonly holder: string
  /** Takes the lease when nobody holds it, it has expired, or it is already ours (then it is extended). */
  acquire(source: Source): Promise<boolean>
  /** Extends the lease only while it is still ours; false means another instance took it. */
  renew(source: Source): Promise<boolean>
  /** Gives the lease up at once (a graceful stop), only if it is ours. */
  release(source: Source): Promise<void>
  /**
   * Updates the source's `sync_state` row only while the lease is ours, in one statement (fencing): an
   * instance paused past its lease's expiry cannot rewind the cursor the new holder has moved on. On
   * PostgreSQL the lease row is read `for share`, so a takeover waits for this write or this write sees
   * the takeover. False when the lease is not ours (or the row is missing; `acquire` creates it).
   * "Ours" means we are the named holder, expired or not: taking a lease renames its holder, so while
   * the name is ours, nobody else has synced the source since we took it.
   */
  writeStateIfHeld(source: Source, patch: { cursor?: string | null; status?: string }): Promise<boolean>
}

export function createLeases(options: LeaseOptions): Leases {
  const { db, holder, ttlMs, wallClock } = options
  const postgres = storeOf(db as unknown as Kysely<unknown>) === 'postgres'

  /**
   * On SQLite every instance runs on this machine (one file), so a holder named with this host and a pid
   * that no longer runs has crashed: its lease is taken at once instead of after its expiry, and a lone
   * server restarted after a crash syncs straight away (with the plain expiry it waited up to 25 s). Not
   * on PostgreSQL: another machine's container can carry the same host name and pid.
   */
  async function takeFromDeadLocalHolder(source: Source, at: number): Promise<boolean> {
    if (postgres) return false
    const row = await db
      .selectFrom('sync_leases')
      .select('holder')
      .where('source', '=', source)
      .executeTakeFirst()
    if (row === undefined || !isDeadLocalHolder(row.holder, options.isAlive ?? pidIsAlive)) return false
    const taken = await db
      .updateTable('sync_leases')
      .set({ holder, expires_at: at + ttlMs })
      .where('source', '=', source)
      .where('holder', '=', row.holder)
      .executeTakeFirst()
    return taken.numUpdatedRows > 0n
  }

  return {
    holder,
    async acquire(source) {
      const at = wallClock()
      const taken = await db
        .insertInto('sync_leases')
        .values({ source, holder, expires_at: at + ttlMs })
        .onConflict((oc) =>
          oc
            .column('source')
            .doUpdateSet({ holder, expires_at: at + ttlMs })
            .where((eb) =>
              eb.or([eb('sync_leases.expires_at', '<=', at), eb('sync_leases.holder', '=', holder)]),
            ),
        )
        .returning('holder')
        .executeTakeFirst()
      if (taken === undefined && !(await takeFromDeadLocalHolder(source, at))) return false
      // The fenced writes update the state row, so it must exist; an existing one is left alone.
      await db
        .insertInto('sync_state')
        .values({ source, cursor: null, status: '{}' })
        .onConflict((oc) => oc.column('source').doNothing())
        .execute()
      return true
    },
    async renew(source) {
      const renewed = await db
        .updateTable('sync_leases')
        .set({ expires_at: wallClock() + ttlMs })
        .where('source', '=', source)
        .where('holder', '=', holder)
        .executeTakeFirst()
      return renewed.numUpdatedRows > 0n
    },
    async release(source) {
      await db.deleteFrom('sync_leases').where('source', '=', source).where('holder', '=', holder).execute()
    },
    async writeStateIfHeld(source, patch) {
      const written = await db
        .updateTable('sync_state')
        .set(patch)
        .where('sync_state.source', '=', source)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('sync_leases')
              .select('sync_leases.source')
              .where('sync_leases.source', '=', source)
              .where('sync_leases.holder', '=', holder)
              .$if(postgres, (query) => query.forShare()),
          ),
        )
        .executeTakeFirst()
      return written.numUpdatedRows > 0n
    },
  }
}

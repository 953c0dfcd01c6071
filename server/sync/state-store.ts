import type { Source } from '#domain/call'
import type { IndexDb } from '../call-index/db'
import { LeaseLostError, type Leases } from './lease'
import { emptySyncState, parseSyncState, serializeSyncState, type SyncState } from './sync-status'

/** How often a run's progress reaches the database, where the instances that only serve read it. */
const PROGRESS_PERSIST_MS = 2_000

/**
 * Each source's row of `sync_state`: its cursor and its sync state, stored for restarts and for the
 * instances that only serve. Writes go through the lease's fence: refused (false, or LeaseLostError for
 * the cursor) once another instance holds the source. One source's state writes go out in order, so a
 * late progress write cannot undo the run's last.
 */
export function createStateStore(db: IndexDb, leases: Leases) {
  const writes = new Map<Source, Promise<boolean>>()
  const lastWrite = new Map<Source, number>()
  const timers = new Map<Source, NodeJS.Timeout>()

  function write(source: Source, state: SyncState): Promise<boolean> {
    const status = serializeSyncState(state)
    const previous = writes.get(source) ?? Promise.resolve(true)
    const next = previous.catch(() => false).then(() => leases.writeStateIfHeld(source, { status }))
    writes.set(source, next)
    return next
  }

  function cancel(source: Source) {
    clearTimeout(timers.get(source))
    timers.delete(source)
  }

  return {
    /** The stored state a new holder starts from; what the previous holder had under way is over. */
    async read(source: Source): Promise<SyncState> {
      const row = await db
        .selectFrom('sync_state')
        .select('status')
        .where('source', '=', source)
        .executeTakeFirst()
      const stored = row ? parseSyncState(row.status) : emptySyncState()
      return { ...stored, syncing: false, progress: null }
    },
    readCursor: (source: Source) => readStoredCursor(db, source),
    async writeCursor(source: Source, value: unknown): Promise<void> {
      if (!(await leases.writeStateIfHeld(source, { cursor: JSON.stringify(value) })))
        throw new LeaseLostError(source)
    },
    write,
    /** Writes progress at most every PROGRESS_PERSIST_MS (the first at once), the latest state last. */
    writeSoon(source: Source, state: SyncState) {
      if (timers.has(source)) return
      const wait = Math.max(0, (lastWrite.get(source) ?? 0) + PROGRESS_PERSIST_MS - Date.now())
      const timer = setTimeout(() => {
        timers.delete(source)
        lastWrite.set(source, Date.now())
        write(source, state).catch(() => undefined)
      }, wait)
      timers.set(source, timer)
    },
    cancel,
    /** Drops the pending progress writes and waits for those under way (a stop). */
    async drain() {
      for (const source of [...timers.keys()]) cancel(source)
      await Promise.allSettled(writes.values())
    },
  }
}

export type StateStore = ReturnType<typeof createStateStore>

/** A source's stored resume point (JSON), as its syncer wrote it last. */
export async function readStoredCursor(db: IndexDb, source: Source): Promise<unknown> {
  const row = await db
    .selectFrom('sync_state')
    .select('cursor')
    .where('source', '=', source)
    .executeTakeFirst()
  return row?.cursor ? (JSON.parse(row.cursor) as unknown) : null
}

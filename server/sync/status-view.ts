import type { Source } from '#domain/call'
import type { SourceSync } from '#domain/index-api'
import type { IndexDb } from '../call-index/db'
import { countSource } from '../call-index/write-calls'
import { readSharedStates, stateWord, type SharedState, type SyncState } from './sync-status'

/** How long `/api/sync` on an instance that only serves reuses the holders' stored states. */
const SHARED_STATUS_TTL_MS = 1_000

/** One source's line of `/api/sync`, from its state (held here or stored by its holder). */
export function sourceSync(
  source: Source,
  mode: SourceSync['mode'],
  state: SyncState,
  extra: { records: number; holder: string | null; at: Date },
): SourceSync {
  return {
    source,
    mode,
    state: stateWord(state),
    lastSuccessAt: state.lastSuccessAt,
    lastAttemptAt: state.lastAttemptAt,
    lagSeconds:
      state.upTo === null
        ? null
        : Math.max(0, Math.round((extra.at.getTime() - Date.parse(state.upTo)) / 1000)),
    records: extra.records,
    lastError: state.lastError,
    retryAt: state.retryAt,
    historySince: state.historySince,
    problems: state.problems.map((issue) => ({
      recordId: issue.recordId,
      field: issue.field,
      message: issue.message,
    })),
    progress: state.progress,
    ...(extra.holder === null ? {} : { syncedBy: extra.holder }),
  }
}

/** What an instance reads of the sources it does not hold: the holders' stored states, and counts. */
export function createSharedStatusReader(db: IndexDb, wallClock: () => number) {
  let cache: { at: number; states: Promise<Map<Source, SharedState>> } | null = null
  const fallbackCounts = new Map<Source, number>()
  return {
    /** The holders' stored states, read at most once a second however many ask. */
    states(): Promise<Map<Source, SharedState>> {
      const at = wallClock()
      if (cache === null || at - cache.at >= SHARED_STATUS_TTL_MS) {
        const states = readSharedStates(db, at)
        states.catch(() => (cache = null))
        cache = { at, states }
      }
      return cache.states
    },
    /** A source nobody has counted yet (never synced, or stored before counts were) is counted once here. */
    async records(source: Source, state: SyncState): Promise<number> {
      if (state.records !== null) return state.records
      let records = fallbackCounts.get(source)
      if (records === undefined) {
        records = await countSource(db, source)
        fallbackCounts.set(source, records)
      }
      return records
    },
  }
}

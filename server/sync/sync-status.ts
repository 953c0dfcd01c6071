import type { Source } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { SourceSync } from '#domain/index-api'
import type { IndexDb } from '../call-index/db'
import type { RunOutcome } from './types'

/**
 * A source's sync state as its holder keeps it, and as stored in `sync_state.status` so that a restart
 * resumes it and the instances that only serve (issue 16) show the holder's real state on `/api/sync`.
 */
export type SyncState = Pick<SourceSync, 'lastSuccessAt' | 'lastAttemptAt' | 'lastError' | 'historySince'> & {
  upTo: string | null
  syncing: boolean
  /** The source's calls in the index, counted after each run (a count per status request cost 420 ms at scale 47). */
  records: number | null
  retryAt: string | null
  failures: number
  progress: string | null
  problems: DataIssue[]
}

export function emptySyncState(): SyncState {
  return {
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    historySince: null,
    upTo: null,
    syncing: false,
    records: null,
    retryAt: null,
    failures: 0,
    progress: null,
    problems: [],
  }
}

/** A stored status; rows written before the fields for followers were added lack them. */
export function parseSyncState(json: string): SyncState {
  return { ...emptySyncState(), ...(JSON.parse(json) as Partial<SyncState>) }
}

export function serializeSyncState(state: SyncState): string {
  const { lastSuccessAt, lastAttemptAt, lastError, historySince, upTo } = state
  const { syncing, records, retryAt, failures, progress, problems } = state
  return JSON.stringify({
    lastSuccessAt,
    lastAttemptAt,
    lastError,
    historySince,
    upTo,
    syncing,
    records,
    retryAt,
    failures,
    progress,
    problems,
  })
}

/** A first sync under way says so; otherwise a failed last run is stale, however long ago it succeeded. */
export function stateWord(state: SyncState): SourceSync['state'] {
  if (state.syncing && state.lastSuccessAt === null) return 'syncing'
  if (state.lastError !== null) return 'stale'
  if (state.syncing) return 'syncing'
  return state.lastSuccessAt === null ? 'never' : 'ok'
}

export type SharedState = { state: SyncState; holder: string | null }

/**
 * Every source's state as its holder last stored it, with the holder whose lease is still live. A source
 * whose lease has lapsed (its holder died mid-run) is not shown as syncing: nobody is.
 */
export async function readSharedStates(db: IndexDb, wallClockMs: number): Promise<Map<Source, SharedState>> {
  const rows = await db
    .selectFrom('sync_state')
    .leftJoin('sync_leases', 'sync_leases.source', 'sync_state.source')
    .select(['sync_state.source', 'sync_state.status', 'sync_leases.holder', 'sync_leases.expires_at'])
    .execute()
  const shared = new Map<Source, SharedState>()
  for (const row of rows) {
    const live = row.holder !== null && row.expires_at !== null && row.expires_at > wallClockMs
    const state = parseSyncState(row.status)
    if (!live) Object.assign(state, { syncing: false, progress: null })
    shared.set(row.source as Source, { state, holder: live ? row.holder : null })
  }
  return shared
}

/**
 * A run's outcome into the state: a success clears the failure and moves "complete up to"; a failure
 * counts, keeps the data and sets when to retry (Retry-After, else 5 s doubling up to `maxBackoffMs`).
 * Returns the wait before that retry, or null after a success.
 */
export function recordOutcome(
  state: SyncState,
  outcome: RunOutcome,
  at: Date,
  maxBackoffMs: number,
): number | null {
  if (outcome.ok) {
    state.failures = 0
    state.lastSuccessAt = at.toISOString()
    state.lastError = null
    state.retryAt = null
    state.upTo = outcome.upTo ?? state.lastSuccessAt
    state.historySince = outcome.historySince ?? state.historySince
    if (!outcome.more) state.progress = null
    return null
  }
  state.failures += 1
  state.lastError = outcome.error.message
  const backoff = Math.min(maxBackoffMs, 5_000 * 2 ** (state.failures - 1))
  const wait = outcome.error.retryAfterSeconds !== null ? outcome.error.retryAfterSeconds * 1000 : backoff
  state.retryAt = new Date(at.getTime() + wait).toISOString()
  return wait
}

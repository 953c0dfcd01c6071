import type { Call, Source } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import type { IndexDb } from '../call-index/db'
import type { Logger } from '../http/logger'
import type { StateStore } from './state-store'
import type { SyncState } from './sync-status'
import type { SyncRun } from './types'

/** A source's progress reaches the log at most this often (a first sync reports every page). */
const PROGRESS_LOG_MS = 2_000

export type RunDeps = {
  db: IndexDb
  ctxFor(source: Source): ReaderContext
  store: StateStore
  logger: Logger
  onChanged(calls: readonly Call[]): void
}

/** What each run of a syncer gets: progress into the state (stored soon, logged now and then), its cursor. */
export function createSyncRuns(deps: RunDeps) {
  const lastLog = new Map<Source, number>()
  return (source: Source, state: SyncState, problems: DataIssue[], signal: AbortSignal): SyncRun => ({
    db: deps.db,
    ctx: deps.ctxFor(source),
    signal,
    progress(text) {
      state.progress = text
      deps.store.writeSoon(source, state)
      const at = Date.now()
      if (at - (lastLog.get(source) ?? 0) >= PROGRESS_LOG_MS) {
        lastLog.set(source, at)
        deps.logger.info(`sync ${source}: ${text}`)
      }
    },
    changed: (calls) => {
      if (calls.length > 0) deps.onChanged(calls)
    },
    problems: (issues) => void problems.push(...issues),
    readCursor: () => deps.store.readCursor(source),
    writeCursor: (value) => deps.store.writeCursor(source, value),
  })
}

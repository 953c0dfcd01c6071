import type { Call, Source } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import type { IndexDb } from '../call-index/db'

/** What one run of one source's sync gets from the scheduler. */
export type SyncRun = {
  db: IndexDb
  /** The adapters' context: the upstream fetcher (rate budget included) and the clock. */
  ctx: ReaderContext
  signal: AbortSignal
  /** The run's progress in plain words, for the log and `/api/sync`. */
  progress(text: string): void
  /** Calls new or changed in the index, for the live stream. */
  changed(calls: readonly Call[]): void
  /** Records that failed their schema (reported, never fatal). */
  problems(issues: readonly DataIssue[]): void
  /** The source's stored resume point (JSON), read at the start and written after each unit of work. */
  readCursor(): Promise<unknown>
  writeCursor(value: unknown): Promise<void>
}

export type RunOutcome =
  | {
      ok: true
      /** The oldest moment this source's history is complete from, when known. */
      historySince: string | null
      /** The newest moment the index is complete up to (for the lag figure); null for "now". */
      upTo: string | null
      /** True when there is more to do right away (a first sync still walking): run again without waiting. */
      more: boolean
    }
  | { ok: false; error: SourceError }

export type SourceSyncer = {
  readonly source: Source
  /** Pause between runs once the source is up to date. */
  readonly intervalMs: number
  run(run: SyncRun): Promise<RunOutcome>
}

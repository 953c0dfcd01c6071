import type { Call, Source } from './call'
import type { DataIssue } from './data-issue'
import type { SourceError } from './feed'

/** Greater than every ISO instant: the bound of a reader that has not read anything yet. */
export const UNBOUNDED = '\uffff'

/** What one step of a reader brought. */
export type ReaderStep = {
  /** Calls now complete and matching every filter, in any order; the feed orders them. */
  calls: Call[]
  issues: DataIssue[]
  /** Provider records read in this step (events, calls), for "scanned N" progress. */
  scanned: number
  /** Set when the step failed; the reader's position is unchanged so that a retry resumes it. */
  error: SourceError | null
}

/**
 * One source's newest-first stream of calls, as the merged feed consumes it. Each provider adapter
 * implements it over its own paging dialect (src/providers/<provider>/reader.ts).
 */
export interface SourceReader {
  readonly source: Source
  /** The unit of `scanned` when some filters run on the client ("events", "calls"); null when none do. */
  readonly clientUnit: string | null
  /** What the provider cannot return, in plain words. */
  readonly limitations: readonly string[]
  /**
   * Every call this reader has not returned yet has `occurredAt` ≤ this bound; `UNBOUNDED` before the
   * first read, null once it has nothing more to give.
   */
  bound(): string | null
  /** Reads one page (or one round of pages); must not move its position when it fails or is aborted. */
  step(signal?: AbortSignal): Promise<ReaderStep>
}

import type { ActivityItem } from '../../../domain/activity'
import type { Call, Source } from '../../../domain/call'
import type { DataIssue } from '../../../domain/data-issue'
import type { SourceError, SourceFiltering } from '../../../domain/feed'

/** One source of the lead timeline as the page reports it: state, error, limits, filtering. */
export type StreamReport = {
  key: string
  /** "Leadping lead timeline", "Telnyx calls to or from +1916…". */
  label: string
  source: Source
  state: 'idle' | 'more' | 'done' | 'error'
  error: SourceError | null
  /** What the provider cannot return, in plain words (Telnyx's 24-hour window). */
  limitations: string[]
  filtering: SourceFiltering | null
}

/**
 * A newest-first source of timeline records, read on demand. It remembers what it has read; `frontier`
 * is the time of the oldest record read so far (anything it may still give is older), null before its
 * first answer. A failure is kept in its reports, never thrown (aborts excepted).
 */
export interface TimelineStream {
  readonly key: string
  /** Reads one more page (or chunk). */
  advance(signal?: AbortSignal): Promise<void>
  /** Reads again what failed, from where it stopped. */
  retry(signal?: AbortSignal): Promise<void>
  /** True while the stream may still give records (not done, not failed). */
  unfinished(): boolean
  frontier(): string | null
  activity(): readonly ActivityItem[]
  calls(): readonly Call[]
  issues(): readonly DataIssue[]
  reports(): StreamReport[]
}

import type { ActivityItem } from '#domain/activity'
import type { Call, Source } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError, SourceFiltering } from '#domain/feed'
import type { SourceSync } from '#domain/index-api'

/**
 * Why a stream could not be read, in plain words. A provider's error (SourceError) is one; so is the call
 * index's, which answers for several providers at once and so names none.
 */
export type StreamError = Pick<
  SourceError,
  'status' | 'message' | 'providerMessage' | 'retryable' | 'retryAfterSeconds'
>

/** One source of the lead timeline as the page reports it: state, error, sync state, filtering. */
export type StreamReport = {
  key: string
  /** "Leadping lead timeline", "Telnyx, Skipcall and CallingBox calls to or from +1916…". */
  label: string
  /** The providers whose records this stream gives. */
  sources: readonly Source[]
  /** 'loading': its first answer is awaited while the timeline shows the others (TimelinePipeline). */
  state: 'idle' | 'loading' | 'more' | 'done' | 'error'
  error: StreamError | null
  /**
   * How the call index stands for these sources as of the stream's last answer (stale, first sync
   * still running, history since): what the page says about calls it may not have. Empty for streams
   * read straight from a provider.
   */
  sync: readonly SourceSync[]
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

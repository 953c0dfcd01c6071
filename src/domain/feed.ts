import type { Call, Source } from './call'
import type { CallFilters } from './call-filters'
import type { DataIssue } from './data-issue'

/**
 * Contracts between the merged feed, the adapters and whoever performs HTTP (the SPA's fetch to the
 * gateway, or a test's in-process server). Framework-free: no React, no DOM beyond fetch types.
 */

/** One request to a provider's documented endpoint, addressed as the gateway exposes it. */
export type ProviderRequest = {
  source: Source
  method: 'GET' | 'POST'
  /** The provider's documented path, e.g. `/v2/call_events` or `/events/calls/all/my`. */
  path: string
  /** Already-encoded query string without the leading `?` (Telnyx deepObject keys stay literal). */
  query?: string
  /** JSON body for POST (Leadping's RequestDataOptions). */
  body?: unknown
}

export type ProviderResponse = {
  status: number
  headers: Headers
  /** Parsed JSON when the body was JSON, the text otherwise, null when empty. */
  body: unknown
}

/** Performs a ProviderRequest. The SPA's implementation calls `/api/<source><path>?<query>`. */
export type ProviderFetcher = (request: ProviderRequest, signal?: AbortSignal) => Promise<ProviderResponse>

/** An upstream failure in plain words, with what a person can do about it. */
export type SourceError = {
  source: Source
  status: number | null
  /** Plain words: "Telnyx rejected the API key (401)." */
  message: string
  /** The provider's own error text, when it sent one. */
  providerMessage: string | null
  retryable: boolean
  retryAfterSeconds: number | null
}

/** How complete one source's answer is for the current filters. */
export type SourceFiltering =
  | { appliedBy: 'server' }
  /**
   * Some filters could not be pushed down: the feed scanned `scanned` records (`unit`, e.g. "events") to
   * find matches. `paused` is true when the last `loadMore` stopped scanning this source at its budget
   * (MergedFeedOptions.scanBudget) before finding enough matches; calling `loadMore` again continues.
   */
  | { appliedBy: 'client'; scanned: number; unit: string; paused: boolean }

export type FeedSourceStatus = {
  source: Source
  state: 'idle' | 'loading' | 'ready' | 'exhausted' | 'error'
  hasMore: boolean
  filtering: SourceFiltering
  /** What the provider cannot return, in plain words ("Telnyx only searches the last 24 hours…"). */
  limitations: string[]
  error: SourceError | null
  /** Records that failed their schema; the good ones still show. */
  issues: DataIssue[]
  /** Calls of this source emitted so far. */
  emitted: number
}

export type FeedSnapshot = {
  /** Every call emitted so far, newest first, across sources, without duplicates. */
  calls: Call[]
  sources: FeedSourceStatus[]
  /** No source has more to give (exhausted or failed). */
  done: boolean
}

export type MergedFeedOptions = {
  filters: CallFilters
  /** Sources to read (already resolved: an empty filter means all four). */
  sources: Source[]
  fetcher: ProviderFetcher
  /** The clock, injectable for tests; used for relative windows such as Telnyx's 24 hours. */
  now: () => Date
  /**
   * Most records one `loadMore` reads from a client-filtered source before pausing it (default 5,000),
   * so a rare match never turns one scroll into a scan of a whole day of events.
   */
  scanBudget?: number
  /** Page size override for tests and benchmarks; by default each provider's documented maximum. */
  pageSize?: number
}

export interface MergedFeed {
  /**
   * Reads pages until at least `count` more calls can be emitted in order, or every source is done.
   * `onProgress` receives intermediate snapshots while client-side filtering keeps scanning.
   */
  loadMore(
    count: number,
    signal?: AbortSignal,
    onProgress?: (snapshot: FeedSnapshot) => void,
  ): Promise<FeedSnapshot>
  /** Retries a failed source from where it stopped. */
  retry(source: Source, signal?: AbortSignal): Promise<FeedSnapshot>
  snapshot(): FeedSnapshot
}

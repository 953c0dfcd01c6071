import type { ProviderFetcher } from '#domain/feed'

/** What every adapter needs to talk to its provider: the HTTP performer and the clock. */
export type ReaderContext = {
  fetcher: ProviderFetcher
  now: () => Date
  /** Page size override (tests, benchmarks); each adapter defaults to its provider's maximum. */
  pageSize?: number
}

import type { FeedSnapshot, MergedFeed, MergedFeedOptions } from '#domain/feed'
import { createFeedFromReaders } from '#domain/merge-feed'
import { createSourceReader } from './readers'

/**
 * The calls page's feed: every selected source's calls, newest first, page after page, with each
 * source's completeness, limitations, errors and data problems (see src/domain/merge-feed.ts for the
 * merge rules, and each src/providers/<source>/reader.ts for how filters and paging are handled).
 * Drive it with any ProviderFetcher: the SPA's `/api/<source>…` fetch, or an in-process fake in tests.
 */
export function createMergedFeed(options: MergedFeedOptions): MergedFeed {
  const ctx = { fetcher: options.fetcher, now: options.now, pageSize: options.pageSize }
  const readers = options.sources.map((source) => createSourceReader(source, ctx, options.filters))
  return createFeedFromReaders(readers, options.scanBudget)
}

export type { FeedSnapshot, MergedFeed, MergedFeedOptions }

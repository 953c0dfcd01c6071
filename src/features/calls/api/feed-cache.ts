import type { QueryClient } from '@tanstack/react-query'
import { SOURCES } from '../../../domain/call'
import type { CallFilters } from '../../../domain/call-filters'
import type { ProviderFetcher } from '../../../domain/feed'
import { createMergedFeed } from '../../../providers/merged-feed'
import { createCachedFetcher } from '../../../lib/cached-fetcher'
import { serializeCallsView, toCallFilters, type CallsViewState } from '../url-state/calls-url-state'
import { FeedStore } from './feed-store'

export type FeedEntry = {
  key: string
  store: FeedStore
  filters: CallFilters
  createdAt: number
}

/** How long a relative period ("last hour") keeps its rows before a revisit asks the providers again. */
const RELATIVE_STALE_MS = 5 * 60_000
const MAX_ENTRIES = 8

const caches = new WeakMap<QueryClient, { fetcher: ProviderFetcher; entries: Map<string, FeedEntry> }>()

/** The feed's identity: the filters only (the zone and the sort change how rows show, not which). */
export function feedKey(view: CallsViewState): string {
  return serializeCallsView({ ...view, tz: null, sort: '-time' }).toString()
}

function cacheFor(queryClient: QueryClient) {
  let cache = caches.get(queryClient)
  if (!cache) {
    cache = { fetcher: createCachedFetcher(queryClient), entries: new Map() }
    caches.set(queryClient, cache)
  }
  return cache
}

/**
 * One FeedStore per filter set, kept for a while: going back to a view (browser back, a call page and
 * back, undoing a filter) shows its rows and scroll depth at once instead of asking every provider
 * again. Least recently used stores beyond MAX_ENTRIES are dropped and their requests stopped.
 */
export function getFeedEntry(queryClient: QueryClient, view: CallsViewState, now = Date.now()): FeedEntry {
  const { fetcher, entries } = cacheFor(queryClient)
  const key = feedKey(view)
  const cached = entries.get(key)
  entries.delete(key)
  if (cached && (view.period === null || now - cached.createdAt < RELATIVE_STALE_MS)) {
    entries.set(key, cached)
    return cached
  }
  cached?.store.pause()
  const filters = toCallFilters(view, new Date(now))
  const feed = createMergedFeed({
    filters,
    sources: view.sources.length > 0 ? view.sources : [...SOURCES],
    fetcher,
    now: () => new Date(),
  })
  const entry: FeedEntry = { key, store: new FeedStore(feed), filters, createdAt: now }
  entries.set(key, entry)
  for (const [oldKey, old] of entries) {
    if (entries.size <= MAX_ENTRIES) break
    old.store.pause()
    entries.delete(oldKey)
  }
  return entry
}

/** The provider fetcher of this client's feeds (cached through React Query). */
export function cachedFetcher(queryClient: QueryClient): ProviderFetcher {
  return cacheFor(queryClient).fetcher
}

import { useQuery } from '@tanstack/react-query'
import { SOURCES, type Call } from '../../../domain/call'
import type { CallFilters } from '../../../domain/call-filters'
import { createMergedFeed } from '../../../providers/merged-feed'
import { withoutTimeWindow } from '../url-state/view-transitions'
import { cachedFetcher } from './feed-cache'

/**
 * For an empty result: the newest call matching the same filters at any time, so the page can say
 * "the latest matching call was 3 days ago — show it" instead of a bare "no data". One call is
 * enough, so the feed is asked for one.
 */
export function useLatestMatch(filters: CallFilters, enabled: boolean) {
  const wide = withoutTimeWindow(filters)
  return useQuery({
    queryKey: ['calls', 'latest-match', wide],
    queryFn: async ({ signal, client }): Promise<Call | null> => {
      const feed = createMergedFeed({
        filters: wide,
        sources: wide.sources.length > 0 ? wide.sources : [...SOURCES],
        fetcher: cachedFetcher(client),
        now: () => new Date(),
      })
      const snapshot = await feed.loadMore(1, signal)
      return snapshot.calls[0] ?? null
    },
    enabled: enabled && (filters.start !== null || filters.end !== null),
    staleTime: 60_000,
  })
}

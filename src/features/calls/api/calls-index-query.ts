import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import type { CallsPage, CallsQuery } from '#domain/index-api'
import { callsQueryKey, FIRST_PAGE, NEXT_PAGE } from './calls-query'
import { fetchCallsPage, fetchSync, type SyncAnswer } from '#lib/index-client'

/**
 * The calls list of one query, page by page through the index's cursors. Shared by the page and the
 * route's loader (which starts the first page while the page's code is still arriving), so both name
 * the same cache entry.
 */
export function callsInfiniteOptions(query: CallsQuery) {
  return infiniteQueryOptions({
    queryKey: ['calls', 'index', callsQueryKey(query)] as const,
    queryFn: ({ pageParam, signal }): Promise<CallsPage> =>
      fetchCallsPage(
        { ...query, cursor: pageParam, limit: pageParam === null ? FIRST_PAGE : NEXT_PAGE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last: CallsPage) => last.nextCursor,
  })
}

/** The sync state, with how far the server's clock is from ours (relative times read the server's). */
export type SyncState = SyncAnswer & { skewMs: number }

export const SYNC_KEY = ['calls', 'sync'] as const

export function syncOptions() {
  return queryOptions({
    queryKey: SYNC_KEY,
    queryFn: async ({ signal }): Promise<SyncState> => {
      const answer = await fetchSync(signal)
      return { ...answer, skewMs: Date.parse(answer.now) - Date.now() }
    },
    // The notes say "synced 8 s ago": re-read often while a first sync runs or a source is stale.
    refetchInterval: (query) => (query.state.data?.sources.some((s) => s.state !== 'ok') ? 3_000 : 15_000),
    staleTime: 0,
  })
}

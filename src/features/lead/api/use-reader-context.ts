import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { createCachedFetcher } from '../../../lib/cached-fetcher'
import type { Call } from '../../../domain/call'
import { callsPageUrl, fetchFullCallsPage, type CallsPageFetcher } from '../../../lib/index-client'
import type { LeadContext } from './lead-streams'

/**
 * Index pages through React Query like provider requests: a timeline refetch (which starts its pipeline
 * over) or a lead opened again is answered from the cache while fresh, and a failure is never cached.
 */
function cachedCallsPage(queryClient: QueryClient): CallsPageFetcher<Call> {
  return (query, signal) =>
    queryClient
      .fetchQuery({
        queryKey: ['lead', 'index-calls', callsPageUrl(query, 'full')] as const,
        queryFn: ({ signal: querySignal }) => fetchFullCallsPage(query, querySignal),
        // Retrying is the timeline's decision (it shows the error and a Retry button), not the cache's.
        retry: false,
      })
      .catch((error: unknown) => {
        if (signal?.aborted) throw signal.reason
        throw error
      })
}

/** The adapters' context for this app: every provider and index request through React Query's cache. */
export function useReaderContext(): LeadContext {
  const queryClient = useQueryClient()
  return useMemo(
    () => ({
      fetcher: createCachedFetcher(queryClient),
      callsPage: cachedCallsPage(queryClient),
      now: () => new Date(),
    }),
    [queryClient],
  )
}

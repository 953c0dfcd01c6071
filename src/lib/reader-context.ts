import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import { createCachedFetcher } from './cached-fetcher'
import type { Call } from '#domain/call'
import { callsPageUrl, fetchFullCallsPage, type CallsPageFetcher } from './index-client'
import { fetchFromGateway } from './provider-fetcher'

/**
 * What the SPA's readers get: the adapters' fetcher and clock, and the call index's page reader. The
 * reader asks for whole calls (`form=full`): the lead page, its one user, reads their timelines.
 */
export type AppReaderContext = ReaderContext & { callsPage: CallsPageFetcher<Call> }

/**
 * Index pages through React Query like provider requests: a timeline refetch (which starts its pipeline
 * over) or a lead opened again is answered from the cache while fresh, and a failure is never cached.
 */
function cachedCallsPage(queryClient: QueryClient): CallsPageFetcher<Call> {
  return (query, signal) =>
    queryClient
      .fetchQuery({
        queryKey: ['index-calls', callsPageUrl(query, 'full')] as const,
        queryFn: ({ signal: querySignal }) => fetchFullCallsPage(query, querySignal),
        // The reader above decides about retrying (docs/decisions/error-and-retry-policy.md); retrying
        // here too would multiply its attempts.
        retry: false,
      })
      .catch((error: unknown) => {
        if (signal?.aborted) throw signal.reason
        throw error
      })
}

const now = () => new Date()

/**
 * The one context for provider and index reads. With a QueryClient every request goes through its cache
 * (identical requests shared, answered while fresh): the lead page and the lead lookup. Without one, each
 * read reaches the gateway: the call page, whose Refresh must ask the provider again, Telnyx's recording
 * links, which expire ten minutes after they are signed, and the events list, cached per page by its query.
 */
export function readerContext(queryClient: QueryClient | null): AppReaderContext {
  if (queryClient === null) return { fetcher: fetchFromGateway, callsPage: fetchFullCallsPage, now }
  return { fetcher: createCachedFetcher(queryClient), callsPage: cachedCallsPage(queryClient), now }
}

/** readerContext through this app's QueryClient, the same object for every render. */
export function useReaderContext(): AppReaderContext {
  const queryClient = useQueryClient()
  return useMemo(() => readerContext(queryClient), [queryClient])
}

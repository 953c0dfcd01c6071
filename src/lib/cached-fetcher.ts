import type { QueryClient } from '@tanstack/react-query'
import type { ProviderFetcher, ProviderRequest, ProviderResponse } from '../domain/feed'
import { fetchFromGateway } from './provider-fetcher'

/** A non-2xx answer travels through React Query as an error so that it is never cached as data. */
class UnsuccessfulResponse extends Error {
  constructor(readonly response: ProviderResponse) {
    super(`HTTP ${response.status}`)
  }
}

export function providerQueryKey(request: ProviderRequest) {
  return [
    'provider',
    request.source,
    request.method,
    request.path,
    request.query ?? '',
    request.body ?? null,
  ] as const
}

type Options = {
  /** How long an identical request is answered from the cache (back/forward, re-opened filters). */
  staleTime?: number
}

/**
 * Every provider request the SPA makes goes through React Query: identical requests are de-duplicated
 * while in flight and answered from the cache while fresh, so going back to a view is instant. The
 * stateful merge (src/domain) sits on top and never needs to know.
 */
export function createCachedFetcher(
  queryClient: QueryClient,
  { staleTime = 30_000 }: Options = {},
): ProviderFetcher {
  return async (request, signal) => {
    const queryKey = providerQueryKey(request)
    try {
      const response = await queryClient.fetchQuery({
        queryKey,
        queryFn: async ({ signal: querySignal }) => {
          const response = await fetchFromGateway(request, querySignal)
          if (response.status < 200 || response.status >= 300) throw new UnsuccessfulResponse(response)
          return response
        },
        staleTime,
        // Retrying is the feed's decision (it shows the error and a Retry button), not the cache's.
        retry: false,
      })
      // fetchQuery resolves with the new answer as it arrived, but the cache keeps it structurally shared
      // with the previous one: a refetched body that did not change is still the same object, so an
      // adapter that remembers what it read from a body (CallingBox's unpaged list) need not read it again.
      return queryClient.getQueryData<ProviderResponse>(queryKey) ?? response
    } catch (error) {
      if (error instanceof UnsuccessfulResponse) return error.response
      if (signal?.aborted) throw signal.reason
      throw error
    }
  }
}

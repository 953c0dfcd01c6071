import type { QueryClient } from '@tanstack/react-query'
import type { Source } from '#domain/call'
import type { ProviderFetcher, ProviderRequest, ProviderResponse } from '#domain/feed'
import { fetchFromGateway } from './provider-fetcher'
import { NOT_CARRIED } from './query-meta'

/**
 * An answer that must not be cached travels through React Query as an error, so it is never stored as
 * data: the caller still gets it (adapters word it), and the next identical request asks again.
 */
class UncachedResponse extends Error {
  constructor(readonly response: ProviderResponse) {
    super(`HTTP ${response.status}`)
  }
}

/**
 * Only a 2xx whose body parsed into JSON (an object or an array) is worth keeping. A malformed or
 * truncated body reaches the adapters as text (provider-fetcher) and every adapter refuses it
 * (performRequest); caching it would answer the next 30 s of reads, Retry included, with the same failure.
 */
function isCacheable(response: ProviderResponse): boolean {
  if (response.status < 200 || response.status >= 300) return false
  return typeof response.body === 'object' && response.body !== null
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

/**
 * Makes the next read of these sources' requests go to the network, whatever their freshness. Every
 * Retry that reads through the cached fetcher calls it first: an answer that parsed as JSON but that the
 * adapter could not read as a page (a wrong envelope) is cached like any other, and a Retry answered from
 * that cache would do nothing for 30 s. The answers stay in the cache (stale), so an unchanged body is
 * still shared structurally with the one before.
 */
export function forgetProviderAnswers(queryClient: QueryClient, sources: readonly Source[]): Promise<void> {
  return Promise.all(
    sources.map((source) =>
      queryClient.invalidateQueries({ queryKey: ['provider', source], refetchType: 'none' }),
    ),
  ).then(() => undefined)
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
          if (!isCacheable(response)) throw new UncachedResponse(response)
          return response
        },
        staleTime,
        // A raw answer holds a Headers object, which JSON cannot carry; the results read from it are carried.
        meta: NOT_CARRIED,
        // Retrying is the feed's decision (it shows the error and a Retry button), not the cache's.
        retry: false,
      })
      // fetchQuery resolves with the new answer as it arrived, but the cache keeps it structurally shared
      // with the previous one: a refetched body that did not change is still the same object, so an
      // adapter that remembers what it read from a body (CallingBox's unpaged list) need not read it again.
      return queryClient.getQueryData<ProviderResponse>(queryKey) ?? response
    } catch (error) {
      if (error instanceof UncachedResponse) return error.response
      if (signal?.aborted) throw signal.reason
      throw error
    }
  }
}

import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Source } from '#domain/call'
import { forgetProviderAnswers } from '#lib/cached-fetcher'

/**
 * A Retry for reads that go through the cached provider fetcher: it first makes those sources' cached
 * answers stale, so the retry reaches the provider even within the cache's 30 s freshness (an answer
 * the adapter could not read may have been cached as a valid JSON body).
 */
export function useFreshRetry(): (sources: readonly Source[], retry: () => unknown) => void {
  const queryClient = useQueryClient()
  return useCallback(
    (sources, retry) => {
      void forgetProviderAnswers(queryClient, sources).then(retry)
    },
    [queryClient],
  )
}

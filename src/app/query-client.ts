import { QueryClient } from '@tanstack/react-query'
import { isRetryableError } from '../lib/http-error'

/**
 * One QueryClient for the app. Provider data changes slowly compared to how often people
 * switch views, so a short staleTime avoids refetch storms on back/forward while still
 * feeling live. 4xx answers and contract errors are never retried: repeating them cannot help.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isRetryableError(error),
      },
    },
  })
}

import { QueryClient } from '@tanstack/react-query'
import { isRetryableError } from '../lib/http-error'

/**
 * One QueryClient for the app. Provider data changes slowly compared to how often people
 * switch views, so a short staleTime avoids refetch storms on back/forward while still
 * feeling live. 4xx answers and contract errors are never retried: repeating them cannot help.
 * A server render does not retry at all: it shows the failure at once and the browser's Retry asks again.
 */
export function createQueryClient({ server = false }: { server?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: server ? false : (failureCount, error) => failureCount < 2 && isRetryableError(error),
      },
    },
  })
}

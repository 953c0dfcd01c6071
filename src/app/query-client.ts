import { QueryClient } from '@tanstack/react-query'
import { forgetProviderAnswers } from '#lib/cached-fetcher'
import { retryAutomatically, retryDelayMs } from '#lib/retry-policy'
import { SourceFailure } from '#lib/source-failure'

type Mode = {
  /** A server render: no retries, the failure is shown at once and the browser's Retry asks again. */
  server?: boolean
  /** The browser hydrating server HTML (see endHydration). */
  hydrating?: boolean
}

/**
 * One QueryClient for the app. Provider data changes slowly compared to how often people
 * switch views, so a short staleTime avoids refetch storms on back/forward while still
 * feeling live. Every query retries by the one policy of src/lib/retry-policy.ts
 * (docs/decisions/error-and-retry-policy.md): what the error says may pass on a second try (no answer,
 * 408, 429, 5xx) is asked again twice, after 1 s and 2 s or the provider's short Retry-After; a refused
 * key or query, a contract error or a long Retry-After is shown at once.
 *
 * A failed query is normally retried when a component mounts, and shown as loading meanwhile. A server
 * render has just asked, so there it shows the error (with Retry), and the hydrating browser must show
 * the same: both render with retryOnMount off (found by e2e/server-rendering.spec.ts, whose page said
 * "Loading the call…" instead of Skipcall's 503).
 *
 * An automatic retry of a provider failure asks the provider, not the cache: the cached fetcher keeps a
 * 2xx JSON body the adapter then could not read (a wrong envelope) for 30 s, and a retry answered from it
 * failed the same way three times (query-client.test.ts). The failing source's answers are made stale
 * before the retry, as the lead page's Retry button does (use-fresh-retry.ts). Only for a 2xx answer the
 * adapter could not read: the only kind the cache keeps (cached-fetcher.ts never stores an error status),
 * so a 503 on the call page leaves the lead page's cached answers alone.
 */
const isUnreadableAnswer = (failure: SourceFailure) => {
  const status = failure.sourceError.status
  return status !== null && status >= 200 && status < 300
}

export function createQueryClient({ server = false, hydrating = false }: Mode = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: server
          ? false
          : (failureCount, error) => {
              const again = retryAutomatically(failureCount, error)
              if (again && error instanceof SourceFailure && isUnreadableAnswer(error))
                void forgetProviderAnswers(client, [error.sourceError.source])
              return again
            },
        retryDelay: retryDelayMs,
        retryOnMount: !(server || hydrating),
      },
    },
  })
  return client
}

/** After hydration, a failed query mounted later is retried on mount again, as in a browser-only start. */
export function endHydration(queryClient: QueryClient): void {
  const defaults = queryClient.getDefaultOptions()
  if (defaults.queries?.retryOnMount !== false) return
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryOnMount: true } })
}

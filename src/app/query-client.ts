import { QueryClient } from '@tanstack/react-query'
import { retryAutomatically, retryDelayMs } from '#lib/retry-policy'

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
 */
export function createQueryClient({ server = false, hydrating = false }: Mode = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: server ? false : retryAutomatically,
        retryDelay: retryDelayMs,
        retryOnMount: !(server || hydrating),
      },
    },
  })
}

/** After hydration, a failed query mounted later is retried on mount again, as in a browser-only start. */
export function endHydration(queryClient: QueryClient): void {
  const defaults = queryClient.getDefaultOptions()
  if (defaults.queries?.retryOnMount !== false) return
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryOnMount: true } })
}

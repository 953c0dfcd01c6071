import type { Query, QueryClient, QueryCacheNotifyEvent } from '@tanstack/react-query'
import { isBrowserOnly } from '#lib/query-meta'

/** A render that finds new queries (a dependent one, such as the lead's timeline after the lead) repeats. */
export const MAX_PASSES = 4

/** Queries the render created that nobody is fetching yet, skipping the ones their options disable. */
function unstarted(queryClient: QueryClient): Query[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => {
      if (query.state.status !== 'pending' || query.state.fetchStatus === 'fetching') return false
      if (isBrowserOnly(query.meta)) return false
      const enabled = (query.options as { enabled?: boolean | ((q: Query) => boolean) }).enabled
      return typeof enabled === 'function' ? enabled(query) : enabled !== false
    })
}

function inFlight(queryClient: QueryClient): Promise<unknown>[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.fetchStatus === 'fetching')
    .map((query) => query.promise ?? Promise.resolve())
}

/**
 * Whether an event of the cache can change what a render shows: a query's state moving (a fetch starting,
 * an answer or an error arriving) or a query going away. Not the observers' own events: every useQuery of
 * a render emits `observerResultsUpdated`, and counting those made every render look stale, so every page
 * was rendered MAX_PASSES + 1 = 5 times (server log of one /calls request, 2026-12-05: five renders of
 * 31–89 ms each; settle-render.test.ts). Nor `added`: a query the render adds and nobody fetches (one its
 * options disable) changes nothing; one that is fetched emits `updated` when it starts.
 */
function changesTheRender(event: QueryCacheNotifyEvent): boolean {
  return event.type === 'updated' || event.type === 'removed'
}

/**
 * Renders until a render starts no new query and none is in flight: that render's markup is the page.
 * When the wait is over first, one more render shows what has arrived (the rest as loading).
 */
export async function settle(
  queryClient: QueryClient,
  render: () => Promise<string>,
  deadline: Promise<'late'>,
): Promise<string> {
  // A change to the cache's queries during a render (an answer arriving, a fetch starting) makes it stale.
  let changes = 0
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (changesTheRender(event)) changes++
  })
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      // What the loaders (or the last render) started is awaited before rendering: the in-process answers
      // need the same thread a render would hold, and a render without them is thrown away anyway.
      const running = inFlight(queryClient)
      if (running.length > 0 && (await Promise.race([Promise.allSettled(running), deadline])) === 'late')
        break
      const before = changes
      const html = await render()
      for (const query of unstarted(queryClient)) void query.fetch().catch(() => undefined)
      if (inFlight(queryClient).length === 0 && changes === before) return html
    }
    return await render()
  } finally {
    unsubscribe()
  }
}

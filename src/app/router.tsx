import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router'
import { callsInfiniteOptions } from '../features/calls/api/calls-index-query'
import { viewToCallsQuery } from '../features/calls/api/calls-query'
import { parseCallsView } from '../features/calls/url-state/calls-url-state'
import { RootLayout } from './routes/root-layout'
import { RouteErrorBoundary } from './routes/route-error-boundary'

/**
 * Route modules are lazy so the first load of /calls carries only what /calls needs;
 * the call page (with its recording player) and the lead page load when opened.
 */
export function createAppRouter(queryClient: QueryClient) {
  // The first page of calls is asked for while the calls page's code is still arriving; not awaited,
  // so the page renders as soon as its code is here and shows the rows when they come (same cache key).
  const callsLoader = ({ request }: LoaderFunctionArgs) => {
    const { view } = parseCallsView(new URL(request.url).searchParams)
    void queryClient.prefetchInfiniteQuery(callsInfiniteOptions(viewToCallsQuery(view)))
    return null
  }

  return createBrowserRouter([
    {
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteErrorBoundary />,
      // Shown while the first route's lazy module arrives, instead of an empty page.
      hydrateFallbackElement: (
        <p className="app-loading" role="status">
          Loading Calltrail…
        </p>
      ),
      children: [
        { index: true, loader: () => redirect('/calls') },
        { path: 'calls', loader: callsLoader, lazy: () => import('./routes/calls-route') },
        { path: 'calls/:source/:id', lazy: () => import('./routes/call-detail-route') },
        { path: 'leads/:leadId', lazy: () => import('./routes/lead-route') },
        { path: 'events', lazy: () => import('./routes/events-route') },
        { path: '*', lazy: () => import('./routes/not-found-route') },
      ],
    },
  ])
}

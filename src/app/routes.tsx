import type { QueryClient } from '@tanstack/react-query'
import { redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router'
import { callsInfiniteOptions, syncOptions } from '../features/calls/api/calls-index-query'
import { viewToCallsQuery } from '../features/calls/api/calls-query'
import { ABOVE_TABLE_END_ID } from '../features/calls/first-paint'
import { parseCallsView } from '../features/calls/url-state/calls-url-state'
import { RootLayout } from './routes/root-layout'
import { sessionQuery } from './session'
import { RouteErrorBoundary } from './routes/route-error-boundary'

/**
 * Each lazy route's module, by route id. The server reads the client build's manifest with these paths to
 * put the matched route's CSS and JS in the head of the HTML it renders (server/ssr/page-assets.ts).
 */
export const ROUTE_MODULES = {
  calls: 'src/app/routes/calls-route.tsx',
  call: 'src/app/routes/call-detail-route.tsx',
  lead: 'src/app/routes/lead-route.tsx',
  events: 'src/app/routes/events-route.tsx',
  'not-found': 'src/app/routes/not-found-route.tsx',
} as const

/**
 * Per route id, an element the browser must have in the document before it paints the server's HTML (the
 * head's `<link rel="expect" blocking="render">`). Chromium paints a document it is still parsing; the
 * calls page's filter row or count line, seen halfway, is laid out differently from the complete one, so
 * the paint waits for the first element after them (first-paint.ts). A browser without `rel=expect` paints as before.
 */
export const PAINT_AFTER: Partial<Record<keyof typeof ROUTE_MODULES, string>> = {
  calls: ABOVE_TABLE_END_ID,
}

/**
 * The app's routes, one list for the browser router and the server's static handler. Route modules are
 * lazy so the first load of /calls carries only what /calls needs; the call page (with its recording
 * player) and the lead page load when opened.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // The first page of calls is asked for at once, not awaited: in the browser the page's code and its data
  // then arrive side by side (same cache key); on the server the render waits for every query it started
  // (src/entry-server.tsx), so the HTML carries the rows.
  const callsLoader = ({ request }: LoaderFunctionArgs) => {
    const { view } = parseCallsView(new URL(request.url).searchParams)
    void queryClient.prefetchInfiniteQuery(callsInfiniteOptions(viewToCallsQuery(view)))
    // The sync line and the session are on the first screen too: asked for at once, in parallel, so a
    // server render needs one pass (each render it repeats costs about as much as the data itself).
    void queryClient.prefetchQuery(syncOptions())
    void queryClient.prefetchQuery(sessionQuery)
    return null
  }

  return [
    {
      id: 'root',
      path: '/',
      element: <RootLayout />,
      errorElement: <RouteErrorBoundary />,
      // Shown while the first route's lazy module arrives, instead of an empty page (client-only start).
      hydrateFallbackElement: (
        <p className="app-loading" role="status">
          Loading Calltrail…
        </p>
      ),
      children: [
        { id: 'home', index: true, loader: () => redirect('/calls') },
        { id: 'calls', path: 'calls', loader: callsLoader, lazy: () => import('./routes/calls-route') },
        { id: 'call', path: 'calls/:source/:id', lazy: () => import('./routes/call-detail-route') },
        { id: 'lead', path: 'leads/:leadId', lazy: () => import('./routes/lead-route') },
        { id: 'events', path: 'events', lazy: () => import('./routes/events-route') },
        { id: 'not-found', path: '*', lazy: () => import('./routes/not-found-route') },
      ],
    },
  ]
}

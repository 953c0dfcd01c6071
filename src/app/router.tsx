import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect } from 'react-router'
import { RootLayout } from './routes/root-layout'
import { RouteErrorBoundary } from './routes/route-error-boundary'

/**
 * Route modules are lazy so the first load of /calls carries only what /calls needs;
 * the call page (with its recording player) and the lead page load when opened.
 */
export function createAppRouter(_queryClient: QueryClient) {
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
        { path: 'calls', lazy: () => import('./routes/calls-route') },
        { path: 'calls/:source/:id', lazy: () => import('./routes/call-detail-route') },
        { path: 'leads/:leadId', lazy: () => import('./routes/lead-route') },
        { path: 'events', lazy: () => import('./routes/events-route') },
        { path: '*', lazy: () => import('./routes/not-found-route') },
      ],
    },
  ])
}

import { render, type RenderResult } from '@testing-library/react'
import { createMemoryRouter, type DataRouter } from 'react-router'
import { AppProviders } from '../app/providers'
import { createQueryClient } from '../app/query-client'
import { loadMatchedRoutes } from '../app/router'
import { createRoutes } from '../app/routes'

/**
 * The app as src/main.tsx builds it (its QueryClient, its routes, its providers) on a memory router at
 * `path`, for component tests of whole pages. Stub `fetch` first (fake-index.ts). The matched lazy route
 * is loaded before the render, as main.tsx does before hydrating: a test then waits for data, not for a
 * module transform (the first one took over the 1 s a findBy waits).
 */
export async function renderApp(path: string): Promise<RenderResult & { router: DataRouter }> {
  const queryClient = createQueryClient()
  const routes = createRoutes(queryClient)
  await loadMatchedRoutes(routes, new URL(path, 'http://calltrail.test').pathname)
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <AppProviders queryClient={queryClient} router={router} renderZone={null} prefs={null} />,
  )
  return { ...view, router }
}

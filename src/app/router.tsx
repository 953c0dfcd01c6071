import { matchRoutes, type RouteObject } from 'react-router'

/**
 * Before hydrating server-rendered HTML, the matched lazy routes must already be loaded: otherwise the
 * router would first render its fallback where the server rendered the page, and React would throw the
 * server's HTML away (a hydration mismatch).
 */
export async function loadMatchedRoutes(routes: RouteObject[], pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      const module = await route.lazy()
      Object.assign(route, { ...module, lazy: undefined })
    }),
  )
}

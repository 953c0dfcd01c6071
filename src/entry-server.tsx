import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, type ReactNode } from 'react'
import { prerender } from 'react-dom/static'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import type { PageRendererModule, PageRequest, PageStart } from '#domain/page-render'
import { isValidTimeZone } from '#domain/time-zone'
import { serializePageState } from './app/page-state'
import { createQueryClient } from './app/query-client'
import { dehydrateForPage } from './app/query-transfer'
import { PAINT_AFTER, ROUTE_MODULES, createRoutes } from './app/routes'
import { settle } from './app/settle-render'
import { readCookies } from '#lib/cookies'
import { PreferencesContext, readPreferences } from '#lib/preferences'
import { RenderZoneContext, ZONE_COOKIE } from '#lib/render-zone'

/**
 * Server rendering of the app's pages (docs/decisions/server-rendering.md). The same routes and loaders
 * as in the browser run in React Router's static handler; the components' own queries are found by
 * rendering, fetched, and rendered again, until the page asks for nothing new or the wait is over. What the
 * HTML shows is then handed to the browser as React Query's dehydrated cache, so hydration fetches nothing.
 */

function renderZoneOf(cookie: string | null): string {
  const zone = readCookies(cookie).get(ZONE_COOKIE)
  return zone !== undefined && isValidTimeZone(zone) ? zone : 'UTC'
}

/**
 * One render, complete: React's prerender waits for every Suspense boundary (a lazy player, say) and
 * writes it in place. The streaming renderer would instead send a fallback and then an inline script to
 * swap the content in, which our CSP (no inline script) rightly blocks. The response still streams: the
 * head goes out first (server/ssr/render-page.ts). A component that throws on the server leaves its
 * boundary to the browser; the error is reported, not thrown.
 */
async function renderOnce(app: ReactNode, signal: AbortSignal, report: (error: unknown) => void) {
  // A completed boundary larger than React's progressive chunk size (12,800 bytes) would be written apart
  // from its place and moved in by an inline script, which the CSP blocks: the rows stayed hidden until
  // the browser rendered them itself (a Suspense boundary around the calls table, 2026-12-05: rows at
  // 692 ms instead of 369). Every boundary is written in place.
  const { prelude } = await prerender(app, {
    signal,
    onError: report,
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  return readText(prelude)
}

/**
 * The markup as text, read chunk by chunk. `new Response(prelude).text()` did the same through undici's
 * body machinery: 17 ms of a /calls request's CPU (server profile of 45 requests, 2026-12-05).
 */
async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder()
  const parts: string[] = []
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(decoder.decode(value, { stream: true }))
  }
  parts.push(decoder.decode())
  return parts.join('')
}

export const startPage: PageRendererModule['startPage'] = async (page: PageRequest): Promise<PageStart> => {
  const queryClient = createQueryClient({ server: true })
  const routes = createRoutes(queryClient)
  const handler = createStaticHandler(routes)
  const request = new Request(page.url, { signal: page.signal })
  const context = await handler.query(request)
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('location') ?? '/' }
  }
  const routeIds = context.matches.map((match) => match.route.id)
  const notFound = routeIds.includes('not-found')
  const renderZone = renderZoneOf(page.cookie)
  const prefs = readPreferences(page.cookie)

  const app = (): ReactNode => (
    <StrictMode>
      <RenderZoneContext value={renderZone}>
        <PreferencesContext value={prefs}>
          <QueryClientProvider client={queryClient}>
            <StaticRouterProvider
              router={createStaticRouter(handler.dataRoutes, context)}
              context={context}
              hydrate={false}
            />
          </QueryClientProvider>
        </PreferencesContext>
      </RenderZoneContext>
    </StrictMode>
  )

  const problems = new Set<string>()
  const report = (error: unknown) => {
    problems.add(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
  }

  const finish = async () => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), page.dataWaitMs)
    })
    let html: string
    try {
      html = await settle(queryClient, () => renderOnce(app(), page.signal, report), deadline)
    } finally {
      clearTimeout(timer)
    }
    const state = serializePageState({
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
      queries: dehydrateForPage(queryClient),
      renderZone,
      prefs,
    })
    return { html, state, problems: [...problems] }
  }

  return {
    kind: 'page',
    status: notFound ? 404 : context.statusCode,
    routeModules: routeIds.flatMap((id) =>
      id !== undefined && id in ROUTE_MODULES ? [ROUTE_MODULES[id as keyof typeof ROUTE_MODULES]] : [],
    ),
    paintAfter: routeIds.flatMap((id) => {
      const element = id !== undefined ? PAINT_AFTER[id as keyof typeof PAINT_AFTER] : undefined
      return element !== undefined ? [element] : []
    }),
    finish,
  }
}

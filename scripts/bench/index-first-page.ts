// The calls page's data since issue 12: the first page of /api/calls for the default view (the page's
// own query, src/lib/index-client.ts). Gives the static baseline its rows and the
// "data path alone" figure: one request, no rendering.
import { serializeCallsQuery, type CallsPage } from '#domain/index-api'

/** The default view of /calls as an /api/calls query: the last 24 hours, newest first. */
export const DEFAULT_VIEW_QUERY = serializeCallsQuery({ period: '24h' }).toString()

export async function firstCallsFromIndex(baseURL: string, count: number, query = DEFAULT_VIEW_QUERY) {
  const started = performance.now()
  const response = await fetch(`${baseURL}/api/calls?${query}`)
  const text = await response.text()
  const ms = performance.now() - started
  const page = JSON.parse(text) as Partial<CallsPage>
  return {
    ms,
    calls: (page.calls ?? []).slice(0, count),
    requests: 1,
    bytes: text.length,
    log: [{ request: `GET /api/calls?${query}`, ms: Math.round(ms), bytes: text.length }],
  }
}

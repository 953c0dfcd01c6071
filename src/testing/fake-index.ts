import type { Call } from '#domain/call'
import { parseCallsQuery, type CallsPage, type CallsQuery } from '#domain/index-api'

/** How the fake index answers `/api/calls`: with its calls, or with the server's error body. */
export type FakeIndexAnswer =
  { kind: 'calls' } | { kind: 'error'; status: number; message: string; retryAfterSeconds?: number }

export type FakeIndex = {
  /** The `fetch` to stub (vi.stubGlobal('fetch', index.fetch)). */
  fetch: (input: RequestInfo | URL) => Promise<Response>
  /** Every `/api/calls` query asked, in order. */
  queries: CallsQuery[]
  answer: FakeIndexAnswer
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/** What the fake index knows how to filter: direction, statuses and sources (no period, no search). */
function matches(call: Call, query: CallsQuery): boolean {
  if (query.direction !== 'all' && call.direction !== query.direction) return false
  if (query.statuses.length > 0 && !query.statuses.includes(call.status)) return false
  return query.sources.length === 0 || query.sources.includes(call.source)
}

/**
 * Our server's call index API (`/api/calls`, `/api/sync`, `/auth/session`) over a fixed list of calls,
 * for component tests of pages that read it. Any other request fails the test loudly.
 */
export function fakeIndex(calls: Call[], now: string): FakeIndex {
  const index: FakeIndex = {
    queries: [],
    answer: { kind: 'calls' },
    fetch: (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://calltrail.test')
      if (url.pathname === '/auth/session')
        return Promise.resolve(json({ authenticated: true, mode: 'open' }))
      if (url.pathname === '/api/sync') return Promise.resolve(json({ sources: [], now }))
      if (url.pathname !== '/api/calls')
        return Promise.reject(new Error(`the fake index has no ${url.pathname}`))
      const parsed = parseCallsQuery(url.searchParams)
      if (!parsed.ok) return Promise.resolve(json({ error: { message: parsed.message } }, 400))
      index.queries.push(parsed.query)
      if (index.answer.kind === 'error') {
        const { message, status, retryAfterSeconds } = index.answer
        const headers: Record<string, string> =
          retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }
        return Promise.resolve(json({ error: { message } }, status, headers))
      }
      const found = calls.filter((call) => matches(call, parsed.query))
      const page: CallsPage = {
        calls: found,
        nextCursor: null,
        total: { count: found.length, exact: true },
        sync: [],
        now,
      }
      return Promise.resolve(json(page))
    },
  }
  return index
}

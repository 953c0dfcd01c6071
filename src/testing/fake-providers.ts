import type { ProviderFetcher, ProviderRequest, ProviderResponse } from '#domain/feed'
import { jsonResponse, readQuery } from './fake-response'

type Row = Record<string, unknown>

const newestFirst = (field: string) => (a: Row, b: Row) =>
  Date.parse(String(b[field])) - Date.parse(String(a[field]))

/**
 * In-memory Leadping call lists: POST with RequestDataOptions (exact `filters`, `rangeFilters` on
 * createdAt, `search` as a contains over `searchFields`), newest first, an opaque offset token.
 */
export function fakeLeadping(rows: readonly Row[]): ProviderFetcher {
  const sorted = [...rows].sort(newestFirst('createdAt'))
  return (request) => {
    const lead = /^\/events\/calls\/lead\/(.+)$/.exec(request.path)
    const single = /^\/events\/calls\/([^/]+)$/.exec(request.path)
    if (request.method === 'GET' && single) {
      const found = sorted.find((row) => row.id === decodeURIComponent(single[1] ?? ''))
      return Promise.resolve(
        found ? jsonResponse(200, found) : jsonResponse(404, { status: 404, title: 'Not Found' }),
      )
    }
    if (request.method !== 'POST' || (request.path !== '/events/calls/all/my' && !lead)) {
      return Promise.resolve(jsonResponse(404, { status: 404, title: 'Not Found' }))
    }
    const body = request.body as {
      pageSize?: number
      continuationToken?: string
      filters?: { field: string; value: unknown }[]
      rangeFilters?: { field: string; greaterThanOrEqual?: string; lessThan?: string }[]
      search?: string
      searchFields?: string[]
    }
    const matches = sorted.filter((row) => {
      if (lead && row.leadId !== decodeURIComponent(lead[1] ?? '')) return false
      if (!(body.filters ?? []).every((f) => row[f.field] === f.value)) return false
      for (const range of body.rangeFilters ?? []) {
        const t = Date.parse(String(row[range.field]))
        if (range.greaterThanOrEqual !== undefined && t < Date.parse(range.greaterThanOrEqual)) return false
        if (range.lessThan !== undefined && t >= Date.parse(range.lessThan)) return false
      }
      if (body.search)
        return (body.searchFields ?? []).some((f) =>
          (typeof row[f] === 'string' ? row[f] : '').includes(body.search ?? ''),
        )
      return true
    })
    const offset = Number(body.continuationToken ?? 0)
    const size = body.pageSize ?? 25
    const items = matches.slice(offset, offset + size)
    const more = offset + size < matches.length
    return Promise.resolve(
      jsonResponse(200, {
        items,
        pageSize: size,
        totalCount: null,
        continuationToken: more ? String(offset + size) : null,
      }),
    )
  }
}

/**
 * The answer to `GET /v1/calls/{id}` (Skipcall's and CallingBox's per-call path): the row, or a 404 with
 * the provider's own body. Null for any other path.
 */
function oneCall(rows: readonly Row[], path: string, notFound: (id: string) => unknown) {
  const single = /^\/v1\/calls\/([^/]+)$/.exec(path)
  if (!single) return null
  const id = single[1] ?? ''
  const found = rows.find((row) => row.id === decodeURIComponent(id))
  return found ? jsonResponse(200, found) : jsonResponse(404, notFound(id))
}

/** In-memory Skipcall: pages from 0, newest first, the NestJS-style envelope. */
export function fakeSkipcall(rows: readonly Row[]): ProviderFetcher {
  const sorted = [...rows].sort(newestFirst('createdAt'))
  return (request) => {
    const single = oneCall(sorted, request.path, () => ({ code: 'CALL_NOT_FOUND', details: null }))
    if (single) return Promise.resolve(single)
    const q = readQuery(request.query)
    const page = Number(q.get('page')?.[0] ?? 0)
    const size = Number(q.get('size')?.[0] ?? 10)
    const data = sorted.slice(page * size, (page + 1) * size)
    const totalPages = Math.ceil(sorted.length / size)
    const meta = { page, size, total: sorted.length, totalPages, hasNextPage: page + 1 < totalPages }
    return Promise.resolve(jsonResponse(200, { data, meta }))
  }
}

/** In-memory CallingBox: the whole list as a bare array, newest first. */
export function fakeCallingBox(rows: readonly Row[]): ProviderFetcher {
  const sorted = [...rows].sort(newestFirst('created_at'))
  return (request) => {
    const single = oneCall(sorted, request.path, (id) => ({ error: `call ${id} not found` }))
    if (single) return Promise.resolve(single)
    return Promise.resolve(jsonResponse(200, sorted))
  }
}

/** Routes each request to its source's fake; `failOnce` makes the n-th request of a source answer 503 once. */
export function combineFakes(
  fakes: Partial<Record<ProviderRequest['source'], ProviderFetcher>>,
  failOnce?: { source: ProviderRequest['source']; nth: number },
): { fetcher: ProviderFetcher; requests: ProviderRequest[] } {
  const requests: ProviderRequest[] = []
  let failed = false
  const fetcher: ProviderFetcher = (request, signal) => {
    requests.push(request)
    const count = requests.filter((r) => r.source === request.source).length
    if (failOnce && !failed && failOnce.source === request.source && count === failOnce.nth) {
      failed = true
      const unavailable: ProviderResponse = jsonResponse(503, {
        error: { code: 'simulator_unavailable', message: 'Down for a moment.' },
      })
      return Promise.resolve(unavailable)
    }
    const fake = fakes[request.source]
    return fake ? fake(request, signal) : Promise.resolve(jsonResponse(404, null))
  }
  return { fetcher, requests }
}

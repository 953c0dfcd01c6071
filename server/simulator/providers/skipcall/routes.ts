import { skipcallError } from '../../errors'
import { json, matchRoute, route, type Route } from '../../http'
import type { SimContext } from '../../sim-context'
import { SKIPCALL_SELECT, serializeSkipcall, type SkipcallRow } from './serialize'

/**
 * Skipcall lists. The docs give `page` (0-based, default 0) and `size` (1..100, default 10) but do not
 * show the list envelope. We answer `{ data, meta: { page, size, total, totalPages, hasNextPage } }`:
 * Skipcall's API is NestJS (its spec is served at /docs-json) and this is the common NestJS paginated
 * shape; adapters should treat the envelope as an assumption. Calls are newest first (also assumed).
 * `workspaceIds` (comma-separated or repeated) is accepted; the simulated key sees one workspace.
 */
export const SKIPCALL_WORKSPACE_ID = '9a2e7c41-6b3d-4f80-b5a2-0d1c8e4f7a23'

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number | string {
  const raw = url.searchParams.get(name)
  if (raw === null) return fallback
  if (!/^-?\d+$/.test(raw)) return `${name} must be an integer number`
  const n = Number(raw)
  if (n < min) return `${name} must not be less than ${min}`
  if (n > max) return `${name} must not be greater than ${max}`
  return n
}

function listCalls(sim: SimContext, url: URL): Response {
  const page = intParam(url, 'page', 0, 0, 1_000_000)
  const size = intParam(url, 'size', 10, 1, 100)
  const problems = [page, size].filter((v): v is string => typeof v === 'string')
  const workspaces = url.searchParams
    .getAll('workspaceIds')
    .flatMap((v) => v.split(','))
    .filter(Boolean)
  if (workspaces.some((w) => !/^[0-9a-f-]{36}$/i.test(w)))
    problems.push('each value in workspaceIds must be a UUID')
  if (problems.length) return skipcallError(400, 'INVALID_PARAMETERS', problems)
  const p = page as number
  const s = size as number
  const now = sim.clock.dataUs()
  const visible = workspaces.length === 0 || workspaces.includes(SKIPCALL_WORKSPACE_ID)
  const total = visible
    ? (sim.prepare('SELECT COUNT(*) AS n FROM sk_calls WHERE created_us <= ?').get(now) as { n: number }).n
    : 0
  const rows = visible
    ? (sim
        .prepare(
          `${SKIPCALL_SELECT} WHERE k.created_us <= ? ORDER BY k.created_us DESC, k.id DESC LIMIT ? OFFSET ?`,
        )
        .all(now, s, p * s) as SkipcallRow[])
    : []
  const totalPages = Math.ceil(total / s)
  return json({
    data: rows.map((row) => serializeSkipcall(sim, row)),
    meta: { page: p, size: s, total, totalPages, hasNextPage: p + 1 < totalPages },
  })
}

const ROUTES: Route<SimContext>[] = [
  route('GET', '/v1/calls', (sim, _r, _p, url) => listCalls(sim, url)),
  route('GET', '/v1/calls/{id}', (sim, _r, p) => {
    const row = sim
      .prepare(`${SKIPCALL_SELECT} WHERE k.uuid = ? AND k.created_us <= ?`)
      .get(p.id ?? '', sim.clock.dataUs()) as SkipcallRow | undefined
    return row
      ? json(serializeSkipcall(sim, row))
      : skipcallError(404, 'CALL_NOT_FOUND', `Call ${p.id ?? ''} not found`)
  }),
]

export function handleSkipcall(sim: SimContext, request: Request, url: URL): Response | Promise<Response> {
  const match = matchRoute(ROUTES, request.method, url.pathname)
  if (!match) return skipcallError(404, 'NOT_FOUND', `Cannot ${request.method} ${url.pathname}`)
  if ('methodNotAllowed' in match) return skipcallError(405, 'METHOD_NOT_ALLOWED', null)
  return match.route.handler(sim, request, match.params, url)
}

import { callingboxError } from '../../errors'
import { json, matchRoute, route, type Route } from '../../http'
import type { SimContext } from '../../sim-context'
import { CALLINGBOX_SELECT, serializeCallingbox, serializeTranscript, type CallingboxRow } from './serialize'

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function find(sim: SimContext, id: string): CallingboxRow | Response {
  if (!UUID_RE.test(id)) return callingboxError(400, `invalid call id: ${id}`)
  const row = sim
    .prepare(`${CALLINGBOX_SELECT} WHERE b.uuid = ? AND b.created_us <= ?`)
    .get(id.toLowerCase(), sim.clock.dataUs()) as CallingboxRow | undefined
  return row ?? callingboxError(404, `call ${id} not found`)
}

/** CallingBox: `GET /v1/calls` is a bare array of every call, newest first (no paging is documented). */
const ROUTES: Route<SimContext>[] = [
  route('GET', '/v1/calls', (sim) => {
    const rows = sim
      .prepare(`${CALLINGBOX_SELECT} WHERE b.created_us <= ? ORDER BY b.created_us DESC, b.id DESC`)
      .all(sim.clock.dataUs()) as CallingboxRow[]
    return json(rows.map((row) => serializeCallingbox(sim, row)))
  }),
  route('GET', '/v1/calls/{id}', (sim, _r, p) => {
    const row = find(sim, p.id ?? '')
    return row instanceof Response ? row : json(serializeCallingbox(sim, row))
  }),
  route('GET', '/v1/calls/{id}/transcript', (sim, _r, p) => {
    const row = find(sim, p.id ?? '')
    return row instanceof Response ? row : json(serializeTranscript(sim, row))
  }),
]

export function handleCallingbox(sim: SimContext, request: Request, url: URL): Response | Promise<Response> {
  const match = matchRoute(ROUTES, request.method, url.pathname)
  if (!match) return callingboxError(404, `not found: ${url.pathname}`)
  if ('methodNotAllowed' in match) return callingboxError(405, 'method not allowed')
  return match.route.handler(sim, request, match.params, url)
}

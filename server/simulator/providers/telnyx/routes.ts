import { providerError } from '../../errors'
import { matchRoute, publicOrigin, route, type Route } from '../../http'
import type { SimContext } from '../../sim-context'
import { listCallEvents } from './call-events'
import { listDetailRecords } from './detail-records'
import { getRecording, listRecordings } from './recordings'

type Ctx = { sim: SimContext; origin: string }

const ROUTES: Route<Ctx>[] = [
  route('GET', '/v2/call_events', (c, _r, _p, url) => listCallEvents(c.sim, url, c.origin)),
  route('GET', '/v2/detail_records', (c, _r, _p, url) => listDetailRecords(c.sim, url)),
  route('GET', '/v2/recordings', (c, _r, _p, url) => listRecordings(c.sim, url, c.origin)),
  route('GET', '/v2/recordings/{id}', (c, _r, p) => getRecording(c.sim, p.id ?? '', c.origin)),
]

export function handleTelnyx(sim: SimContext, request: Request, url: URL): Response | Promise<Response> {
  const match = matchRoute(ROUTES, request.method, url.pathname)
  if (!match) return providerError('telnyx', 404, `No route matches ${url.pathname}.`, url.pathname)
  if ('methodNotAllowed' in match)
    return providerError('telnyx', 405, `${request.method} is not allowed here.`, url.pathname)
  return match.route.handler({ sim, origin: publicOrigin(request) }, request, match.params, url)
}

import { leadpingProblem } from '../../errors'
import { json, matchRoute, publicOrigin, route, type Route } from '../../http'
import type { SimContext } from '../../sim-context'
import { CALL_TABLE, serializeCall, type CallRow } from './calls'
import { EVENT_TABLE, serializeEvent, type EventRow } from './events'
import { LEAD_SQL, serializeLead, type LeadRow } from './leads'
import { listSpec, rowByUuid, runList, type ListSpec } from './list'
import { BadListRequest, parseBody } from './request'

type Ctx = { sim: SimContext; origin: string; path: string }

function leadRowId(sim: SimContext, uuid: string): number | null {
  const row = sim
    .prepare('SELECT id FROM leads WHERE uuid = ? AND created_us <= ?')
    .get(uuid, sim.clock.dataUs()) as { id: number } | undefined
  return row?.id ?? null
}

async function list<Row>(
  c: Ctx,
  request: Request,
  spec: ListSpec,
  serialize: (row: Row) => Record<string, unknown>,
): Promise<Response> {
  try {
    const options = parseBody(await request.text())
    const page = runList<Row>(c.sim, spec, options)
    const items = page.rows.map(serialize)
    // The documented (2026-07) revision showed pageSize as a string; the OpenAPI revision types it as an integer.
    const pageSize = c.sim.leadpingRevision === '2026-07' ? String(page.pageSize) : page.pageSize
    return json({ items, pageSize, totalCount: page.totalCount, continuationToken: page.continuationToken })
  } catch (error) {
    if (error instanceof BadListRequest) return leadpingProblem(400, error.message, c.path)
    throw error
  }
}

const calls = (c: Ctx) => (row: CallRow) => serializeCall(c.sim, row, c.origin)
const events = (c: Ctx) => (row: EventRow) => serializeEvent(c.sim, row, c.origin)

const ROUTES: Route<Ctx>[] = [
  route('POST', '/events/calls/all/my', (c, r) =>
    list(c, r, listSpec(c.sim, CALL_TABLE, 'calls:all'), calls(c)),
  ),
  route('POST', '/events/calls/lead/{leadId}', (c, r, p) => {
    const id = leadRowId(c.sim, p.leadId ?? '')
    if (id === null) return leadpingProblem(404, `Lead ${p.leadId ?? ''} was not found.`, c.path)
    return list(
      c,
      r,
      listSpec(c.sim, CALL_TABLE, `calls:lead:${id}`, ['c.lead_id = @lead'], { lead: id }),
      calls(c),
    )
  }),
  route('POST', '/events/calls/phone/{phoneNumber}', (c, r, p) =>
    list(
      c,
      r,
      listSpec(
        c.sim,
        CALL_TABLE,
        `calls:phone:${p.phoneNumber ?? ''}`,
        ['(c.from_number = @phone OR c.to_number = @phone)'],
        { phone: p.phoneNumber ?? '' },
      ),
      calls(c),
    ),
  ),
  route('GET', '/events/calls/{id}', (c, _r, p) => {
    const row = rowByUuid<CallRow>(c.sim, CALL_TABLE, p.id ?? '')
    return row
      ? json(serializeCall(c.sim, row, c.origin))
      : leadpingProblem(404, `Call event ${p.id ?? ''} was not found.`, c.path)
  }),
  route('POST', '/events/leads/{leadId}', (c, r, p) => {
    const id = leadRowId(c.sim, p.leadId ?? '')
    if (id === null) return leadpingProblem(404, `Lead ${p.leadId ?? ''} was not found.`, c.path)
    return list(
      c,
      r,
      listSpec(c.sim, EVENT_TABLE, `events:lead:${id}`, ['e.lead_id = @lead'], { lead: id }),
      events(c),
    )
  }),
  route('GET', '/events/{id}', (c, _r, p) => {
    const row = rowByUuid<EventRow>(c.sim, EVENT_TABLE, p.id ?? '')
    return row
      ? json(serializeEvent(c.sim, row, c.origin))
      : leadpingProblem(404, `Event ${p.id ?? ''} was not found.`, c.path)
  }),
  route('GET', '/leads/{id}', (c, _r, p) => {
    const row = c.sim.prepare(LEAD_SQL).get(p.id ?? '', c.sim.clock.dataUs()) as LeadRow | undefined
    return row
      ? json(serializeLead(c.sim, row))
      : leadpingProblem(404, `Lead ${p.id ?? ''} was not found.`, c.path)
  }),
]

export function handleLeadping(sim: SimContext, request: Request, url: URL): Response | Promise<Response> {
  const path = url.pathname
  const match = matchRoute(ROUTES, request.method, path)
  if (!match) return leadpingProblem(404, `No endpoint matches ${path}.`, path)
  if ('methodNotAllowed' in match)
    return leadpingProblem(405, `${request.method} is not supported on ${path}.`, path)
  return match.route.handler({ sim, origin: publicOrigin(request), path }, request, match.params, url)
}

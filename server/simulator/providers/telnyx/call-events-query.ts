import { US_PER_DAY } from '../../time'
import { dateParam, enumParam, TelnyxParamError, uuidParam } from './params'
import { CONNECTIONS, EVENT_CODES, FIRST_COMMAND, PRODUCTS } from './vocab'

const OCCURRED_OPS = ['gt', 'gte', 'lt', 'lte', 'eq'] as const
const OP_SQL = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '=' } as const

export type Resolver = {
  legIdByUuid(uuid: string): number | null
  legIdsBySession(uuid: string): number[]
  numberId(e164: string): number | null
}

/** SQL `WHERE` clause and parameters for a `GET /v2/call_events` query, or a 422. */
export type EventsWhere = { sql: string; args: (number | string)[]; empty: boolean }

/**
 * Translates the documented filters. Events are visible only once they have happened (`occurred_at`
 * ≤ the data clock); without `filter[leg_id]` or `filter[application_session_id]` only the last 24
 * hours are searched, as the docs say. Unknown filter names are ignored, as Telnyx does.
 */
export function buildEventsWhere(params: URLSearchParams, nowUs: number, resolve: Resolver): EventsWhere {
  const clauses = ['e.occurred_us <= ?']
  const args: (number | string)[] = [nowUs]
  let empty = false
  const ops = OCCURRED_OPS.filter((op) => params.has(`filter[occurred_at][${op}]`))
  const bareEq = params.has('filter[occurred_at]')
  if (ops.length + (bareEq ? 1 : 0) > 1) {
    throw new TelnyxParamError('filter[occurred_at]', 'Only one filter[occurred_at] can be passed.')
  }
  const op = ops[0] ?? (bareEq ? 'eq' : null)
  if (op) {
    const at = dateParam(params, op === 'eq' && bareEq ? 'filter[occurred_at]' : `filter[occurred_at][${op}]`)
    clauses.push(`e.occurred_us ${OP_SQL[op]} ?`)
    args.push(at ?? 0)
  }
  const legUuid = uuidParam(params, 'filter[leg_id]')
  const sessionUuid = uuidParam(params, 'filter[application_session_id]')
  let legIds: number[] | null = null
  if (legUuid) {
    const id = resolve.legIdByUuid(legUuid)
    legIds = id === null ? [] : [id]
  }
  if (sessionUuid) {
    const ids = resolve.legIdsBySession(sessionUuid)
    legIds = legIds === null ? ids : legIds.filter((id) => ids.includes(id))
  }
  if (legIds !== null) {
    if (legIds.length === 0) empty = true
    clauses.push(`e.leg_id IN (${legIds.map(() => '?').join(', ') || 'NULL'})`)
    args.push(...legIds)
  } else {
    clauses.push('e.occurred_us >= ?')
    args.push(nowUs - US_PER_DAY)
  }
  const product = enumParam(params, 'filter[product]', PRODUCTS)
  const connectionId = params.get('filter[connection_id]')
  const conns = CONNECTIONS.map((c, i) => ({ ...c, i })).filter(
    (c) => (product === null || c.product === product) && (connectionId === null || c.id === connectionId),
  )
  if (product !== null || connectionId !== null) {
    if (conns.length === 0) empty = true
    clauses.push(`e.conn IN (${conns.map((c) => c.i).join(', ') || 'NULL'})`)
  }
  for (const side of ['from', 'to'] as const) {
    const value = params.get(`filter[${side}]`)
    if (value === null) continue
    const id = resolve.numberId(value)
    if (id === null) empty = true
    clauses.push(`e.${side}_id = ?`)
    args.push(id ?? -1)
  }
  const failed = enumParam(params, 'filter[failed]', ['true', 'false'] as const)
  if (failed !== null) clauses.push(`e.failed = ${failed === 'true' ? 1 : 0}`)
  const type = enumParam(params, 'filter[type]', ['command', 'webhook'] as const)
  if (type !== null)
    clauses.push(type === 'command' ? `e.name >= ${FIRST_COMMAND}` : `e.name < ${FIRST_COMMAND}`)
  const name = params.get('filter[name]')
  if (name !== null) {
    const code = EVENT_CODES.get(name)
    if (code === undefined) empty = true
    clauses.push('e.name = ?')
    args.push(code ?? -1)
  }
  return { sql: clauses.join(' AND '), args, empty }
}

import { TELNYX_DETAIL_RECORD_TYPES } from '#providers/telnyx/detail-record-schema'
import { telnyxError } from '../../errors'
import { US_PER_DAY, US_PER_SEC } from '../../time'
import { dateParam, uuidParam } from './params'
import { DIRECTION } from './vocab'

/**
 * Parameters of `GET /v2/detail_records` for call-control records, turned into SQL over `tx_legs`.
 * Documented (SDK detail-records.ts): `filter[record_type]` is required; filtering or sorting on a field
 * the record type does not have is a 400; call-control records have started_at, answered_at and
 * finished_at but no created_at. The record shows whole seconds (as the published example does), so
 * time filters compare with the second shown, not the microsecond stored.
 */

/** `filter[record_type]` values the SDK lists (the adapter's list); only call-control has data here. */
export const DETAIL_RECORD_TYPES = TELNYX_DETAIL_RECORD_TYPES

/** Fields of a call-control record (see detail-records.ts); a filter on anything else is a 400. */
const RECORD_FIELDS = new Set([
  'id',
  'record_type',
  'session_id',
  'telnyx_leg_id',
  'telnyx_call_control_id',
  'cli',
  'cld',
  'direction',
  'started_at',
  'answered_at',
  'finished_at',
  'call_sec',
  'billed_sec',
  'rate',
  'cost',
  'currency',
  'connection_name',
  'tags',
  'caller_name',
])
/** The fields the simulator can filter on; the others exist but answer a 400 that says so. */
const FILTERABLE = new Set([
  'record_type',
  'date_range',
  'started_at',
  'direction',
  'session_id',
  'telnyx_leg_id',
])

export class DetailRecordError extends Error {
  constructor(
    readonly parameter: string,
    detail: string,
  ) {
    super(detail)
  }
  toResponse(): Response {
    return telnyxError(400, '10015', 'Bad request', this.message, this.parameter)
  }
}

export type DetailRecordsWhere = {
  /** The record type asked for; other types than call-control list nothing. */
  recordType: (typeof DETAIL_RECORD_TYPES)[number]
  sql: string
  args: (number | string)[]
  order: 'ASC' | 'DESC'
}

const floorSec = (us: number) => Math.floor(us / US_PER_SEC) * US_PER_SEC
const ceilSec = (us: number) => Math.ceil(us / US_PER_SEC) * US_PER_SEC

/** `start_us` bounds such that the whole second shown compares with `at` as `op` asks. */
function startedBound(op: string, at: number): [string, number] {
  switch (op) {
    case 'gt':
      return ['>=', floorSec(at) + US_PER_SEC]
    case 'gte':
      return ['>=', ceilSec(at)]
    case 'lt':
      return ['<', ceilSec(at)]
    default:
      return ['<', floorSec(at) + US_PER_SEC]
  }
}

/** `[from, to)` in microseconds for a `filter[date_range]` value, in UTC days around the data clock. */
export function dateRange(value: string, nowUs: number): [number, number] {
  const today = Math.floor(nowUs / US_PER_DAY) * US_PER_DAY
  const day = (n: number) => today + n * US_PER_DAY
  const lastN = /^last_([1-9]\d{0,3})_days$/.exec(value)
  if (lastN) return [day(-Number(lastN[1])), day(1)]
  // Weeks start on Monday (ISO 8601).
  const monday = day(-((new Date(today / 1000).getUTCDay() + 6) % 7))
  const d = new Date(today / 1000)
  const month = (n: number) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1) * 1000
  const ranges: Record<string, [number, number]> = {
    today: [day(0), day(1)],
    yesterday: [day(-1), day(0)],
    tomorrow: [day(1), day(2)],
    last_week: [monday - 7 * US_PER_DAY, monday],
    this_week: [monday, monday + 7 * US_PER_DAY],
    next_week: [monday + 7 * US_PER_DAY, monday + 14 * US_PER_DAY],
    last_month: [month(-1), month(0)],
    this_month: [month(0), month(1)],
    next_month: [month(1), month(2)],
  }
  const range = ranges[value]
  if (range === undefined) {
    throw new DetailRecordError(
      'filter[date_range]',
      `filter[date_range] must be one of ${Object.keys(ranges).join(', ')} or last_N_days.`,
    )
  }
  return range
}

/** Splits `filter[a][b]` into `a` and `b` (null without an operator); null for other keys. */
function filterKey(key: string): { field: string; op: string | null } | null {
  const m = /^filter\[([^\]]*)\](?:\[([^\]]*)\])?$/.exec(key)
  return m ? { field: m[1] ?? '', op: m[2] ?? null } : null
}

/**
 * The WHERE clause (over `tx_legs l`) and order for a query, or a DetailRecordError (400) /
 * TelnyxParamError (422, malformed dates and ids, as call_events answers them). Only legs that have
 * finished by the data clock have a record: Telnyx writes it when the call ends.
 */
export function buildDetailRecordsWhere(params: URLSearchParams, nowUs: number): DetailRecordsWhere {
  const type = params.get('filter[record_type]')
  if (type === null) throw new DetailRecordError('filter[record_type]', 'filter[record_type] is required.')
  const recordType = DETAIL_RECORD_TYPES.find((known) => known === type)
  if (recordType === undefined) {
    throw new DetailRecordError(
      'filter[record_type]',
      `filter[record_type] ${type} is not a known record type.`,
    )
  }
  const clauses = ['l.end_us <= ?']
  const args: (number | string)[] = [nowUs]
  for (const key of new Set(params.keys())) {
    const parsed = filterKey(key)
    if (parsed === null || recordType !== 'call-control') continue
    if (!RECORD_FIELDS.has(parsed.field) && parsed.field !== 'date_range') {
      throw new DetailRecordError(key, `${parsed.field} is not a field of call-control records.`)
    }
    if (!FILTERABLE.has(parsed.field)) {
      throw new DetailRecordError(key, `The simulator cannot filter call-control records on ${parsed.field}.`)
    }
    if (parsed.field === 'started_at') {
      if (parsed.op === null || !['gt', 'gte', 'lt', 'lte'].includes(parsed.op)) {
        throw new DetailRecordError(key, `${key}: use filter[started_at][gt|gte|lt|lte].`)
      }
      const [sql, bound] = startedBound(parsed.op, dateParam(params, key) ?? 0)
      clauses.push(`l.start_us ${sql} ?`)
      args.push(bound)
    } else if (parsed.op !== null) {
      throw new DetailRecordError(key, `${key}: ${parsed.field} takes no operator here.`)
    }
  }
  const range = params.get('filter[date_range]')
  if (range !== null) {
    const [from, to] = dateRange(range, nowUs)
    clauses.push('l.start_us >= ?', 'l.start_us < ?')
    args.push(from, to)
  }
  const direction = params.get('filter[direction]')
  if (direction !== null) {
    if (direction !== 'inbound' && direction !== 'outbound') {
      throw new DetailRecordError('filter[direction]', 'filter[direction] must be inbound or outbound.')
    }
    clauses.push('l.direction = ?')
    args.push(direction === 'inbound' ? DIRECTION.incoming : DIRECTION.outgoing)
  }
  const session = uuidParam(params, 'filter[session_id]')
  if (session !== null) {
    clauses.push('l.session_id = (SELECT id FROM tx_sessions WHERE uuid = ?)')
    args.push(session)
  }
  const leg = uuidParam(params, 'filter[telnyx_leg_id]')
  if (leg !== null) {
    clauses.push('l.uuid = ?')
    args.push(leg)
  }
  return { recordType, sql: clauses.join(' AND '), args, order: sortOrder(params.get('sort'), recordType) }
}

function sortOrder(sort: string | null, recordType: string): 'ASC' | 'DESC' {
  // Other record types list nothing here, so their sort does not matter.
  if (sort === null || sort === '-started_at' || recordType !== 'call-control') return 'DESC'
  if (sort === 'started_at') return 'ASC'
  const field = sort.replace(/^-/, '')
  if (!RECORD_FIELDS.has(field)) {
    throw new DetailRecordError('sort', `sort: ${field} is not a field of call-control records.`)
  }
  throw new DetailRecordError('sort', 'sort: the simulator sorts call-control records by started_at only.')
}

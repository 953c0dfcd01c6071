import type { CallFilters } from '#domain/call-filters'
import { parseSearchQuery } from '#domain/search-query'
import { utcPeriod } from '../adapter-kit/utc-period'

/**
 * Query strings for `GET /v2/call_events`. Filters are deepObject keys written literally
 * (`filter[occurred_at][gte]=…`); values are percent-encoded. The API accepts ONE `filter[occurred_at]`
 * operator per request, so the type only holds one.
 */
export const TELNYX_PAGE_SIZE = 250
export const TELNYX_WINDOW_MS = 24 * 60 * 60 * 1000

export type OccurredAtOperator = 'gt' | 'gte' | 'lt' | 'lte' | 'eq'

export type TelnyxEventQuery = {
  name?: string
  type?: string
  product?: string
  legId?: string
  sessionId?: string
  connectionId?: string
  from?: string
  to?: string
  failed?: boolean
  occurredAt?: { op: OccurredAtOperator; value: string }
  page?: { number: number; size: number }
}

export function telnyxEventsQueryString(query: TelnyxEventQuery): string {
  const pairs: [string, string][] = []
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') pairs.push([key, value])
  }
  add('filter[leg_id]', query.legId)
  add('filter[application_session_id]', query.sessionId)
  add('filter[connection_id]', query.connectionId)
  add('filter[product]', query.product)
  add('filter[from]', query.from)
  add('filter[to]', query.to)
  add('filter[failed]', query.failed === undefined ? undefined : String(query.failed))
  add('filter[type]', query.type)
  add('filter[name]', query.name)
  if (query.occurredAt) add(`filter[occurred_at][${query.occurredAt.op}]`, query.occurredAt.value)
  if (query.page) {
    add('page[number]', String(query.page.number))
    add('page[size]', String(query.page.size))
  }
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
}

/** Event names the list joins by leg: the calls themselves, and what decides their outcome. */
export const LIST_EVENT_NAMES = {
  initiated: 'call.initiated',
  answered: 'call.answered',
  hangup: 'call.hangup',
  machine: 'call.machine.detection.ended',
  premiumMachine: 'call.machine.premium.detection.ended',
  recordingSaved: 'call.recording.saved',
  recordingError: 'call.recording.error',
} as const
export type ListStreamName = keyof typeof LIST_EVENT_NAMES

export type TelnyxListPlan =
  | { kind: 'lookup'; id: string; clientFilters: string[]; limitations: string[] }
  | {
      kind: 'scan'
      /** Per stream, one query, or two when a number is matched on `from` OR `to`. */
      streams: Record<ListStreamName, TelnyxEventQuery[]>
      /** Calls starting before this are out of the period; the walk stops below it. */
      stopBelow: string | null
      clientFilters: string[]
      limitations: string[]
    }

function windowLimitations(filters: CallFilters, now: Date): string[] {
  const windowStart = new Date(now.getTime() - TELNYX_WINDOW_MS).toISOString()
  const notes = [
    `Telnyx only searches the last 24 hours of call events: calls before ${windowStart} are not listed. ` +
      'Search for a session or leg id to open an older call.',
  ]
  if (filters.end !== null && Date.parse(filters.end) <= Date.parse(windowStart)) {
    notes.push('The chosen period ends before that 24-hour window, so Telnyx cannot list any of its calls.')
  } else if (filters.start !== null && Date.parse(filters.start) < Date.parse(windowStart)) {
    notes.push(
      'The chosen period starts before that 24-hour window: its older part has no Telnyx calls here.',
    )
  }
  return notes
}

/**
 * Translates the common filters. Pushed down: the period (one occurred_at operator: `lt` of the end on
 * the call.initiated stream, because the walk goes newest first and stops by itself at the start; `gte`
 * of the start when there is no end) and an E.164 number (`filter[from]` and `filter[to]` as two
 * queries, since the API has no OR). Left for the client: direction (only `call.initiated` carries it,
 * inside metadata), status (derived from several events), a number without its country, and the start
 * bound of a period that also has an end. An id is looked up by session and by leg: no 24-hour limit.
 */
export function planTelnyxCallList(input: CallFilters, now: Date): TelnyxListPlan {
  const filters = utcPeriod(input)
  const search = parseSearchQuery(filters.query)
  const clientFilters: string[] = []
  if (filters.direction !== 'all') clientFilters.push('direction')
  if (filters.statuses.length > 0) clientFilters.push('status')
  if (search.kind === 'id') return { kind: 'lookup', id: search.id, clientFilters, limitations: [] }
  if (search.kind === 'phone' && search.e164 === null) clientFilters.push('number')
  const numbers: TelnyxEventQuery[] =
    search.kind === 'phone' && search.e164 !== null ? [{ from: search.e164 }, { to: search.e164 }] : [{}]
  const initiatedTime: TelnyxEventQuery =
    filters.end !== null
      ? { occurredAt: { op: 'lt', value: filters.end } }
      : filters.start !== null
        ? { occurredAt: { op: 'gte', value: filters.start } }
        : {}
  if (filters.end !== null && filters.start !== null) clientFilters.push('start')
  // Outcome events of a call come after its call.initiated, possibly after the period's end, so they
  // are bounded below only.
  const outcomeTime: TelnyxEventQuery =
    filters.start === null ? {} : { occurredAt: { op: 'gte', value: filters.start } }
  const stream = (name: string, time: TelnyxEventQuery) =>
    numbers.map((number) => ({ ...number, ...time, name }))
  // Recording events carry no from/to, so a number filter would hide every recording.
  const recording = (name: string): TelnyxEventQuery[] => [{ ...outcomeTime, name }]
  return {
    kind: 'scan',
    streams: {
      initiated: stream(LIST_EVENT_NAMES.initiated, initiatedTime),
      answered: stream(LIST_EVENT_NAMES.answered, outcomeTime),
      hangup: stream(LIST_EVENT_NAMES.hangup, outcomeTime),
      machine: stream(LIST_EVENT_NAMES.machine, outcomeTime),
      premiumMachine: stream(LIST_EVENT_NAMES.premiumMachine, outcomeTime),
      recordingSaved: recording(LIST_EVENT_NAMES.recordingSaved),
      recordingError: recording(LIST_EVENT_NAMES.recordingError),
    },
    stopBelow: filters.start,
    clientFilters,
    limitations: windowLimitations(filters, now),
  }
}

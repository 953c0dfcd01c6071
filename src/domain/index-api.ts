import * as z from 'zod/mini'
import { CALL_STATUSES, SOURCES, type CallStatus, type ListedCall, type Source } from './call'

/**
 * The contract of the server's call index (`GET /api/calls`, `/api/calls/export.csv`,
 * `/api/calls/stream`, `GET /api/sync`), shared by the server that answers it and the SPA that reads it.
 * Parsing is strict: the server answers a bad parameter with 400 naming it (the SPA's own URL parsing,
 * which falls back with a notice, lives in features/calls/url-state).
 */

export const INDEX_PERIODS = ['1h', '24h', '7d', '30d', 'all'] as const
export type IndexPeriod = (typeof INDEX_PERIODS)[number]
export const INDEX_PERIOD_MS: Record<Exclude<IndexPeriod, 'all'>, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
}

export const INDEX_SORTS = ['-time', 'time', '-duration', 'duration'] as const
export type IndexSort = (typeof INDEX_SORTS)[number]

export const MAX_PAGE_LIMIT = 500
export const DEFAULT_PAGE_LIMIT = 100

/** One `/api/calls` request. `period` and `start`/`end` exclude each other; none means all time. */
export type CallsQuery = {
  direction: 'all' | 'inbound' | 'outbound'
  statuses: CallStatus[]
  period: IndexPeriod | null
  start: string | null
  end: string | null
  sources: Source[]
  q: string
  sort: IndexSort
  cursor: string | null
  limit: number
}

export const DEFAULT_CALLS_QUERY: CallsQuery = {
  direction: 'all',
  statuses: [],
  period: null,
  start: null,
  end: null,
  sources: [],
  q: '',
  sort: '-time',
  cursor: null,
  limit: DEFAULT_PAGE_LIMIT,
}

const KNOWN_PARAMS = new Set([
  'direction',
  'status',
  'period',
  'start',
  'end',
  'source',
  'q',
  'sort',
  'cursor',
  'limit',
  // Export only: the zone of the human-readable time column, and the columns to write.
  'tz',
  'columns',
  // `/api/calls` and its stream only: which form of a call to answer with (CallForm).
  'form',
])

/**
 * `list` (the default): calls without timeline, details and raw payload (ListedCall), all a list shows.
 * `full`: whole calls but their raw payloads, for a reader that shows each call's steps (the lead page).
 */
export const CALL_FORMS = ['list', 'full'] as const
export type CallForm = (typeof CALL_FORMS)[number]

/** The `form` parameter; null when it is none of CALL_FORMS. */
export function parseCallForm(params: URLSearchParams): CallForm | null {
  const form = params.get('form') ?? 'list'
  return (CALL_FORMS as readonly string[]).includes(form) ? (form as CallForm) : null
}

export type QueryParseResult =
  { ok: true; query: CallsQuery } | { ok: false; parameter: string; message: string }

const Iso = z.iso.datetime({ offset: true })

function fail(parameter: string, message: string): QueryParseResult {
  return { ok: false, parameter, message: `Parameter "${parameter}": ${message}` }
}

function list<T extends string>(raw: string, allowed: readonly T[]): { values: T[]; bad: string | null } {
  const values: T[] = []
  for (const part of raw.split(',').map((v) => v.trim())) {
    if (part === '') continue
    if (!(allowed as readonly string[]).includes(part)) return { values, bad: part }
    if (!values.includes(part as T)) values.push(part as T)
  }
  return { values, bad: null }
}

/** Strict parsing of `/api/calls` parameters: the first problem is reported, naming the parameter. */
export function parseCallsQuery(params: URLSearchParams): QueryParseResult {
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) return fail(name, 'unknown parameter.')
    if (params.getAll(name).length > 1) return fail(name, 'given more than once.')
  }
  const query: CallsQuery = { ...DEFAULT_CALLS_QUERY }
  const direction = params.get('direction')
  if (direction !== null) {
    if (direction !== 'all' && direction !== 'inbound' && direction !== 'outbound')
      return fail('direction', 'must be all, inbound or outbound.')
    query.direction = direction
  }
  const statuses = list(params.get('status') ?? '', CALL_STATUSES)
  if (statuses.bad !== null) return fail('status', `unknown status "${statuses.bad}".`)
  query.statuses = statuses.values
  const sources = list(params.get('source') ?? '', SOURCES)
  if (sources.bad !== null) return fail('source', `unknown source "${sources.bad}".`)
  query.sources = sources.values
  for (const name of ['start', 'end'] as const) {
    const raw = params.get(name)
    if (raw === null || raw === '') continue
    const parsed = Iso.safeParse(raw)
    if (!parsed.success) return fail(name, 'must be an ISO 8601 date-time with a zone.')
    query[name] = new Date(parsed.data).toISOString()
  }
  if (query.start !== null && query.end !== null && query.start >= query.end)
    return fail('start', 'must be before end.')
  const period = params.get('period')
  if (period !== null && period !== '') {
    if (!(INDEX_PERIODS as readonly string[]).includes(period))
      return fail('period', `must be one of ${INDEX_PERIODS.join(', ')}.`)
    if (query.start !== null || query.end !== null)
      return fail('period', 'cannot be combined with start/end.')
    query.period = period as IndexPeriod
  }
  const q = params.get('q') ?? ''
  if (q.length > 200) return fail('q', 'must be at most 200 characters.')
  query.q = q.trim()
  const sort = params.get('sort')
  if (sort !== null) {
    if (!(INDEX_SORTS as readonly string[]).includes(sort))
      return fail('sort', `must be one of ${INDEX_SORTS.join(', ')}.`)
    query.sort = sort as IndexSort
  }
  const cursor = params.get('cursor')
  if (cursor !== null && cursor !== '') {
    if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) return fail('cursor', 'is not a cursor this server issued.')
    query.cursor = cursor
  }
  const limit = params.get('limit')
  if (limit !== null) {
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE_LIMIT)
      return fail('limit', `must be a whole number from 1 to ${MAX_PAGE_LIMIT}.`)
    query.limit = Number(limit)
  }
  return { ok: true, query }
}

/** The canonical parameters of a query (defaults left out), for the SPA's requests and cache keys. */
export function serializeCallsQuery(query: Partial<CallsQuery>): URLSearchParams {
  const q = { ...DEFAULT_CALLS_QUERY, ...query }
  const params = new URLSearchParams()
  if (q.direction !== 'all') params.set('direction', q.direction)
  if (q.statuses.length > 0)
    params.set('status', CALL_STATUSES.filter((s) => q.statuses.includes(s)).join(','))
  if (q.period !== null) params.set('period', q.period)
  if (q.start !== null) params.set('start', q.start)
  if (q.end !== null) params.set('end', q.end)
  if (q.sources.length > 0) params.set('source', SOURCES.filter((s) => q.sources.includes(s)).join(','))
  if (q.q.trim() !== '') params.set('q', q.q.trim())
  if (q.sort !== '-time') params.set('sort', q.sort)
  if (q.cursor !== null) params.set('cursor', q.cursor)
  if (q.limit !== DEFAULT_PAGE_LIMIT) params.set('limit', String(q.limit))
  return params
}

/** The absolute bounds of a query at `now` (a period counts back from now). */
export function queryBounds(query: CallsQuery, now: Date): { start: string | null; end: string | null } {
  if (query.period !== null && query.period !== 'all')
    return { start: new Date(now.getTime() - INDEX_PERIOD_MS[query.period]).toISOString(), end: null }
  return { start: query.start, end: query.end }
}

/** How one source's part of the index stands. */
export type SourceSync = {
  source: Source
  /** Where the sync reads from: the provider with its key, or the embedded simulator. */
  mode: 'live' | 'simulator'
  /** `never`: no sync has finished yet; `stale`: the last attempt failed and older data is shown. */
  state: 'never' | 'syncing' | 'ok' | 'stale'
  lastSuccessAt: string | null
  lastAttemptAt: string | null
  /** Seconds between now and the newest moment the index is known to be complete up to. */
  lagSeconds: number | null
  /** Calls of this source in the index (vanished ones excluded). */
  records: number
  /** The last failure in plain words ("503 from Skipcall"), cleared by a success. */
  lastError: string | null
  /** When the next attempt is due after a failure (Retry-After or backoff). */
  retryAt: string | null
  /** Oldest moment the index holds this source's complete history from; null when unknown. */
  historySince: string | null
  /** Records that failed their schema in the last run ("which source, which field"). */
  problems: { recordId: string | null; field: string; message: string }[]
  /** The current run's progress in plain words, while syncing ("page 12, 2,400 calls"). */
  progress: string | null
  /**
   * The server instance that syncs this source (host:pid:random), when one holds its lease: with several
   * instances on one database, only one syncs each source. Absent when none does.
   */
  syncedBy?: string
}

/**
 * One page of `/api/calls`, in the list form unless `form=full` was asked for (then `CallsPage<Call>`).
 * Calls carry no raw provider payload in either form (the call page reads it live).
 */
export type CallsPage<C extends ListedCall = ListedCall> = {
  calls: C[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
  /**
   * Matching calls in all, on the first page only (null on later pages). `exact: false` means the count
   * stopped at `count` because going on would cost more than the page: "more than `count`".
   */
  total: { count: number; exact: boolean } | null
  sync: SourceSync[]
  /** The server's clock when it answered (ISO), so relative periods are read the same way. */
  now: string
}

/** What the live stream (`/api/calls/stream`, server-sent events) sends. */
export type StreamMessage<C extends ListedCall = ListedCall> =
  { type: 'calls'; calls: C[] } | { type: 'sync'; sync: SourceSync[] }

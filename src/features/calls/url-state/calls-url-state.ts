import { CALL_STATUSES, SOURCES, type CallStatus, type Source } from '#domain/call'
import type { CallFilters } from '#domain/call-filters'
import { INDEX_PERIOD_MS } from '#domain/index-api'
import { isIsoInstant } from '#domain/time'
import { isValidTimeZone } from '#domain/time-zone'
import { isOneOf, parseUrlEnum } from '#lib/url-enum'
import { parseRangeText, RANGE_TEXT_FORMAT } from '../filters/range-text'

/**
 * The calls page's whole state lives in its URL, so a pasted link reproduces the view. This module is
 * the one contract for that URL: parse (never throws; a bad value falls back to its default and yields a
 * notice naming it), serialise (defaults are left out), and translate to the feed's CallFilters.
 *
 * The filter bar is also a plain GET form (so a choice made before the page has hydrated is not lost),
 * and the parser reads what a browser submits from it as well as the canonical spelling: repeated
 * `status`/`source` keys, empty values (`q=&tz=`), `period=custom`, and Start/End as typed in the
 * fields ("2026-11-20 14:00", in `tz`). None of these is a notice; the next change writes the canonical
 * spelling.
 */

export const PERIODS = ['1h', '24h', '7d', '30d'] as const
export type Period = (typeof PERIODS)[number]
export const PERIOD_LABELS: Record<Period, string> = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
}
/** The index's own period lengths: the page and the server count a period back by the same amount. */
export const PERIOD_MS: Record<Period, number> = INDEX_PERIOD_MS

export const SORTS = ['-time', 'time', '-duration', 'duration'] as const
export type Sort = (typeof SORTS)[number]

export type CallsViewState = {
  direction: 'all' | 'inbound' | 'outbound'
  statuses: CallStatus[]
  /** A relative window; null when an absolute start/end range (or nothing) is chosen. */
  period: Period | null
  start: string | null
  end: string | null
  sources: Source[]
  q: string
  /** IANA zone; null means the browser's zone. */
  tz: string | null
  sort: Sort
}

export const DEFAULT_VIEW: CallsViewState = {
  direction: 'all',
  statuses: [],
  period: '24h',
  start: null,
  end: null,
  sources: [],
  q: '',
  tz: null,
  sort: '-time',
}

const DIRECTIONS = ['all', 'inbound', 'outbound'] as const

export type ParsedView = { view: CallsViewState; notices: string[] }

function parseList<T extends string>(
  raw: readonly string[],
  allowed: readonly T[],
  name: string,
  notices: string[],
): T[] {
  const values: T[] = []
  for (const part of raw
    .flatMap((value) => value.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    if (isOneOf(part, allowed)) {
      if (!values.includes(part)) values.push(part)
    } else {
      notices.push(`Ignored unknown ${name} "${part}".`)
    }
  }
  return values
}

type ParsedBound = { iso: string | null; typed: boolean }

/**
 * A range bound: ISO 8601 (the canonical spelling), or the Start/End field's text, which means a
 * wall-clock time in `zone`. Empty is no bound.
 */
function parseBound(raw: string | null, name: string, zone: string, notices: string[]): ParsedBound {
  const text = raw?.trim() ?? ''
  if (text === '') return { iso: null, typed: false }
  if (isIsoInstant(text)) return { iso: new Date(text).toISOString(), typed: false }
  const typed = parseRangeText(text, zone)
  if (typed !== null) return { iso: typed, typed: true }
  notices.push(`Ignored ${name} "${raw}": not a date and time (${RANGE_TEXT_FORMAT}, or ISO 8601).`)
  return { iso: null, typed: false }
}

export type ParseOptions = {
  /**
   * The zone a typed Start/End is read in when the URL has no `tz` (the browser's zone). The URL alone
   * does not say it, and the server and the page must read a link alike, so it defaults to UTC: the
   * zone the server renders the fields in when `tz` is absent. The hydrated filter bar passes the zone
   * it shows.
   */
  typedZone?: string
}

/** What the period select submits while a start/end range is shown: "use the range". */
const CUSTOM_PERIOD = 'custom'

export function parseCallsView(params: URLSearchParams, options: ParseOptions = {}): ParsedView {
  const notices: string[] = []
  const direction = parseUrlEnum(
    params.get('direction'),
    DIRECTIONS,
    DEFAULT_VIEW.direction,
    'direction',
    notices,
  )
  const statuses = parseList(params.getAll('status'), CALL_STATUSES, 'status', notices)
  const sources = parseList(params.getAll('source'), SOURCES, 'source', notices)
  const sort = parseUrlEnum(params.get('sort'), SORTS, DEFAULT_VIEW.sort, 'sort', notices)
  const rawTz = params.get('tz')
  let tz: string | null = null
  if (rawTz) {
    if (isValidTimeZone(rawTz)) tz = rawTz
    else notices.push(`Ignored unknown time zone "${rawTz}"; showing your browser's zone.`)
  }
  const zone = tz ?? options.typedZone ?? 'UTC'
  const startBound = parseBound(params.get('start'), 'start', zone, notices)
  const endBound = parseBound(params.get('end'), 'end', zone, notices)
  let start = startBound.iso
  let end = endBound.iso
  if (start && end && start >= end) {
    notices.push('Ignored the time range: its start is not before its end.')
    start = null
    end = null
  }
  const rawPeriod = params.get('period')
  let period: Period | null = null
  if (start || end) {
    // The form submits its period select beside typed Start/End fields: the range wins, as it does
    // when typed after hydration. Only a hand-made link naming both a preset and an ISO range is told.
    const typed = startBound.typed || endBound.typed
    if (rawPeriod && rawPeriod !== CUSTOM_PERIOD && !typed)
      notices.push('A start/end range was given, so the period preset was ignored.')
  } else if (rawPeriod === 'all' || rawPeriod === CUSTOM_PERIOD) {
    // "Custom range" with both fields emptied: no bound at all, as clearing them does after hydration.
    period = null
  } else {
    period = parseUrlEnum(rawPeriod, PERIODS, '24h', 'period', notices)
  }
  const q = (params.get('q') ?? '').slice(0, 200)
  return { view: { direction, statuses, period, start, end, sources, q, tz, sort }, notices }
}

/** The canonical URL for a view: defaults left out, lists comma-joined in vocabulary order. */
export function serializeCallsView(view: CallsViewState): URLSearchParams {
  const params = new URLSearchParams()
  if (view.direction !== DEFAULT_VIEW.direction) params.set('direction', view.direction)
  if (view.statuses.length)
    params.set('status', CALL_STATUSES.filter((s) => view.statuses.includes(s)).join(','))
  if (view.start || view.end) {
    if (view.start) params.set('start', view.start)
    if (view.end) params.set('end', view.end)
  } else if (view.period === null) {
    params.set('period', 'all')
  } else if (view.period !== DEFAULT_VIEW.period) {
    params.set('period', view.period)
  }
  if (view.sources.length) params.set('source', SOURCES.filter((s) => view.sources.includes(s)).join(','))
  if (view.q.trim()) params.set('q', view.q.trim())
  if (view.tz) params.set('tz', view.tz)
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort)
  return params
}

/** The feed's filters for a view at a given moment (periods are relative to `now`). */
export function toCallFilters(view: CallsViewState, now: Date): CallFilters {
  const start = view.period ? new Date(now.getTime() - PERIOD_MS[view.period]).toISOString() : view.start
  return {
    direction: view.direction,
    statuses: view.statuses,
    start,
    end: view.period ? null : view.end,
    sources: view.sources,
    query: view.q.trim(),
  }
}

export function isDefaultView(view: CallsViewState): boolean {
  return serializeCallsView({ ...view, tz: null }).toString() === ''
}

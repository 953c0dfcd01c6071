import { CALL_STATUSES, SOURCES, type CallStatus, type Source } from '../../../domain/call'
import type { CallFilters } from '../../../domain/call-filters'
import { INDEX_PERIOD_MS } from '../../../domain/index-api'
import { isIsoInstant } from '../../../domain/time'
import { isValidTimeZone } from '../../../domain/time-zone'
import { isOneOf, parseUrlEnum } from '../../../lib/url-enum'

/**
 * The calls page's whole state lives in its URL, so a pasted link reproduces the view. This module is
 * the one contract for that URL: parse (never throws; a bad value falls back to its default and yields a
 * notice naming it), serialise (defaults are left out), and translate to the feed's CallFilters.
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
  raw: string,
  allowed: readonly T[],
  name: string,
  notices: string[],
): T[] {
  const values: T[] = []
  for (const part of raw
    .split(',')
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

function parseIso(raw: string | null, name: string, notices: string[]): string | null {
  if (raw === null || raw === '') return null
  if (isIsoInstant(raw)) return new Date(raw).toISOString()
  notices.push(`Ignored ${name} "${raw}": not an ISO 8601 date-time.`)
  return null
}

export function parseCallsView(params: URLSearchParams): ParsedView {
  const notices: string[] = []
  const direction = parseUrlEnum(
    params.get('direction'),
    DIRECTIONS,
    DEFAULT_VIEW.direction,
    'direction',
    notices,
  )
  const statuses = parseList(params.get('status') ?? '', CALL_STATUSES, 'status', notices)
  const sources = parseList(params.get('source') ?? '', SOURCES, 'source', notices)
  const sort = parseUrlEnum(params.get('sort'), SORTS, DEFAULT_VIEW.sort, 'sort', notices)
  let start = parseIso(params.get('start'), 'start', notices)
  let end = parseIso(params.get('end'), 'end', notices)
  if (start && end && start >= end) {
    notices.push('Ignored the time range: its start is not before its end.')
    start = null
    end = null
  }
  const rawPeriod = params.get('period')
  let period: Period | null = null
  if (start || end) {
    if (rawPeriod) notices.push('A start/end range was given, so the period preset was ignored.')
  } else if (rawPeriod === 'all') {
    period = null
  } else {
    period = parseUrlEnum(rawPeriod, PERIODS, '24h', 'period', notices)
  }
  const rawTz = params.get('tz')
  let tz: string | null = null
  if (rawTz) {
    if (isValidTimeZone(rawTz)) tz = rawTz
    else notices.push(`Ignored unknown time zone "${rawTz}"; showing your browser's zone.`)
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

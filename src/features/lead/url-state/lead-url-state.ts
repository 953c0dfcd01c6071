import { isValidTimeZone } from '#domain/time-zone'
import { DISPLAY_KINDS, type DisplayKind } from '../model/item-kind'
import { OUTCOME_GROUPS, type OutcomeGroup } from '../model/outcome-group'
import { isOneOf, parseUrlEnum } from '#lib/url-enum'

/**
 * The lead page's filters live in its URL, so a support agent can paste "this lead, failed texts only"
 * to a colleague. One contract: parse (never throws; a bad value falls back to its default and yields a
 * notice naming it) and serialise (defaults left out, lists in vocabulary order).
 */

export const LEAD_PERIODS = ['all', '24h', '7d', '30d'] as const
export type LeadPeriod = (typeof LEAD_PERIODS)[number]
export const LEAD_PERIOD_LABELS: Record<LeadPeriod, string> = {
  all: 'All time',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
}
const PERIOD_MS: Record<Exclude<LeadPeriod, 'all'>, number> = {
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
}

export type LeadDirectionFilter = 'all' | 'inbound' | 'outbound'

export type LeadViewState = {
  /** Empty means every kind. */
  kinds: DisplayKind[]
  direction: LeadDirectionFilter
  outcome: OutcomeGroup | 'all'
  period: LeadPeriod
  /** Warm-up and test traffic is hidden unless asked for (`traffic=all`). */
  showAllTraffic: boolean
  /** IANA zone; null means the browser's zone (read by useTimeZone, kept here so links keep it). */
  tz: string | null
}

export const DEFAULT_LEAD_VIEW: LeadViewState = {
  kinds: [],
  direction: 'all',
  outcome: 'all',
  period: 'all',
  showAllTraffic: false,
  tz: null,
}

const DIRECTIONS = ['all', 'inbound', 'outbound'] as const
const OUTCOMES = ['all', ...OUTCOME_GROUPS] as const
const TRAFFIC = ['real', 'all'] as const

export type ParsedLeadView = { view: LeadViewState; notices: string[] }

/**
 * `kind` as links write it (one comma list) and as the filters' form submits it (one `kind` per ticked
 * box, issue #15 item 4), or both at once.
 */
function parseKinds(raw: readonly string[], notices: string[]): DisplayKind[] {
  const kinds = new Set<DisplayKind>()
  for (const part of raw.flatMap((value) => value.split(',')).map((value) => value.trim())) {
    if (part === '') continue
    if (isOneOf(part, DISPLAY_KINDS)) kinds.add(part)
    else notices.push(`Ignored unknown kind "${part}".`)
  }
  return DISPLAY_KINDS.filter((kind) => kinds.has(kind))
}

export function parseLeadView(params: URLSearchParams): ParsedLeadView {
  const notices: string[] = []
  const kinds = parseKinds(params.getAll('kind'), notices)
  const direction = parseUrlEnum(params.get('direction'), DIRECTIONS, 'all', 'direction', notices)
  const outcome = parseUrlEnum(params.get('outcome'), OUTCOMES, 'all', 'outcome', notices)
  const period = parseUrlEnum(params.get('period'), LEAD_PERIODS, 'all', 'period', notices)
  const traffic = parseUrlEnum(params.get('traffic'), TRAFFIC, 'real', 'traffic', notices)
  const rawTz = params.get('tz')
  let tz: string | null = null
  if (rawTz) {
    if (isValidTimeZone(rawTz)) tz = rawTz
    else notices.push(`Ignored unknown time zone "${rawTz}"; showing your browser's zone.`)
  }
  return {
    view: { kinds, direction, outcome, period, showAllTraffic: traffic === 'all', tz },
    notices,
  }
}

/** The canonical query string for a view: defaults left out. */
export function serializeLeadView(view: LeadViewState): URLSearchParams {
  const params = new URLSearchParams()
  if (view.kinds.length) params.set('kind', DISPLAY_KINDS.filter((k) => view.kinds.includes(k)).join(','))
  if (view.direction !== 'all') params.set('direction', view.direction)
  if (view.outcome !== 'all') params.set('outcome', view.outcome)
  if (view.period !== 'all') params.set('period', view.period)
  if (view.showAllTraffic) params.set('traffic', 'all')
  if (view.tz) params.set('tz', view.tz)
  return params
}

/** True when a filter narrows the timeline (the zone and the traffic toggle do not count). */
export function hasActiveFilters(view: LeadViewState): boolean {
  return view.kinds.length > 0 || view.direction !== 'all' || view.outcome !== 'all' || view.period !== 'all'
}

/** The filters cleared, keeping the zone and the traffic choice. */
export function clearLeadFilters(view: LeadViewState): LeadViewState {
  return { ...DEFAULT_LEAD_VIEW, showAllTraffic: view.showAllTraffic, tz: view.tz }
}

/** The oldest instant the period shows (epoch ms), or null for all time. */
export function periodStartMs(period: LeadPeriod, now: Date): number | null {
  return period === 'all' ? null : now.getTime() - PERIOD_MS[period]
}

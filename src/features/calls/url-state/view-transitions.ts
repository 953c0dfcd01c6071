import type { CallStatus, Source } from '#domain/call'
import {
  DEFAULT_VIEW,
  PERIOD_MS,
  PERIODS,
  type CallsViewState,
  type Period,
  type Sort,
} from './calls-url-state'

/**
 * Every change a control can make to the view, as pure functions, so the rules live in one tested place:
 * a preset and an absolute range exclude each other, "Clear filters" keeps the zone and the sort, and
 * lists stay free of duplicates.
 */

export function withDirection(view: CallsViewState, direction: CallsViewState['direction']): CallsViewState {
  return { ...view, direction }
}

export function withStatuses(view: CallsViewState, statuses: readonly CallStatus[]): CallsViewState {
  return { ...view, statuses: [...new Set(statuses)] }
}

export function withSources(view: CallsViewState, sources: readonly Source[]): CallsViewState {
  return { ...view, sources: [...new Set(sources)] }
}

/** A preset (or null for all time) replaces any start/end range. */
export function withPeriod(view: CallsViewState, period: Period | null): CallsViewState {
  return { ...view, period, start: null, end: null }
}

export type RangeResult = { ok: true; view: CallsViewState } | { ok: false; message: string }

/**
 * An absolute range replaces the preset. Either bound may be open; when both are given the start must
 * come first, otherwise the view is left as it is and the message says why.
 */
export function withRange(view: CallsViewState, start: string | null, end: string | null): RangeResult {
  if (start !== null && end !== null && Date.parse(start) >= Date.parse(end))
    return { ok: false, message: 'The start must be before the end.' }
  if (start === null && end === null) return { ok: true, view: withPeriod(view, null) }
  return { ok: true, view: { ...view, period: null, start, end } }
}

export function withQuery(view: CallsViewState, q: string): CallsViewState {
  return { ...view, q: q.slice(0, 200) }
}

/** null means the browser's zone. */
export function withZone(view: CallsViewState, tz: string | null): CallsViewState {
  return { ...view, tz }
}

export function withSort(view: CallsViewState, sort: Sort): CallsViewState {
  return { ...view, sort }
}

/** Back to the default filters; the zone and the sort are how the person reads, not what they filter. */
export function clearFilters(view: CallsViewState): CallsViewState {
  return { ...DEFAULT_VIEW, tz: view.tz, sort: view.sort }
}

export function hasFilters(view: CallsViewState): boolean {
  const cleared = clearFilters(view)
  return (
    view.direction !== cleared.direction ||
    view.statuses.length > 0 ||
    view.sources.length > 0 ||
    view.q.trim() !== '' ||
    view.period !== cleared.period ||
    view.start !== null ||
    view.end !== null
  )
}

/** The shortest preset reaching back to `iso` from `now`, or null (all time) when none does. */
export function periodCovering(iso: string, now: Date): Period | null {
  const age = now.getTime() - Date.parse(iso)
  return PERIODS.find((period) => PERIOD_MS[period] >= age) ?? null
}

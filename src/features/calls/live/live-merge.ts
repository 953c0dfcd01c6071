import { callKey, type Call } from '../../../domain/call'
import type { CallFilters } from '../../../domain/call-filters'
import { compareNewestFirst } from '../../../domain/call-order'
import type { CallsViewState } from '../url-state/calls-url-state'

/**
 * Live mode asks the providers for calls from the newest one shown onwards (the start bound is
 * inclusive, so that call comes back too) and inserts only the ones not shown yet, newest first.
 */
export function livePollFilters(filters: CallFilters, shown: readonly Call[]): CallFilters {
  const newest = shown[0]?.occurredAt ?? null
  const start =
    newest !== null && (filters.start === null || Date.parse(newest) > Date.parse(filters.start))
      ? newest
      : filters.start
  return { ...filters, start }
}

/** Calls of `incoming` that are new to `shown` (newest first), newest first, without duplicates. */
export function pickNewCalls(shown: readonly Call[], incoming: readonly Call[]): Call[] {
  const newest = shown[0]?.occurredAt ?? null
  const seen = new Set<string>()
  // Only calls at least as new as the newest shown can come back from a poll; the scan stops there.
  for (const call of shown) {
    if (newest !== null && call.occurredAt < newest) break
    seen.add(callKey(call))
  }
  const fresh: Call[] = []
  for (const call of incoming) {
    const key = callKey(call)
    if (seen.has(key) || (newest !== null && call.occurredAt < newest)) continue
    seen.add(key)
    fresh.push(call)
  }
  return fresh.sort(compareNewestFirst)
}

/**
 * Why Live cannot run for this view, or null when it can: new calls are inserted at the top, which only
 * makes sense newest first and for a period that runs until now.
 */
export function liveUnavailableReason(view: CallsViewState, now: Date): string | null {
  if (view.sort !== '-time') return 'Live needs the newest-first order.'
  if (view.end !== null && Date.parse(view.end) <= now.getTime())
    return 'Live needs a period that runs until now.'
  return null
}

/**
 * Where to scroll after `inserted` rows were put above the reader: at the very top the new rows simply
 * show; further down the position moves by their height so the rows being read stay where they were.
 */
export function anchoredScrollTop(scrollTop: number, inserted: number, rowHeight: number): number {
  return scrollTop > 0 ? scrollTop + inserted * rowHeight : 0
}

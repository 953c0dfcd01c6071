import type { CallsViewState } from '../url-state/calls-url-state'

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

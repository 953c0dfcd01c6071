import type { ColumnId } from '#domain/call-columns'
import { serializeCallsQuery, type CallsQuery } from '#domain/index-api'
import type { CallsViewState } from '../url-state/calls-url-state'

/**
 * The view's filters and order as an index query. Kept small on purpose: features/calls/api has the
 * list's own mapper, which this may give way to.
 */
export function viewToExportQuery(view: CallsViewState): Partial<CallsQuery> {
  const range = view.start !== null || view.end !== null
  return {
    direction: view.direction,
    statuses: view.statuses,
    // No period and no range means all time, which is also the index's default.
    period: range ? null : view.period,
    start: view.start,
    end: view.end,
    sources: view.sources,
    q: view.q,
    sort: view.sort,
  }
}

/** Where the server writes every matching call of the view as CSV, in the zone and columns shown. */
export function exportUrl(view: CallsViewState, timeZone: string, columns: readonly ColumnId[]): string {
  const params = serializeCallsQuery(viewToExportQuery(view))
  params.set('tz', timeZone)
  params.set('columns', columns.join(','))
  return `/api/calls/export.csv?${params.toString()}`
}

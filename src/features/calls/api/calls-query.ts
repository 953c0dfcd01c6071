import { serializeCallsQuery, type CallsQuery } from '#domain/index-api'
import type { CallsViewState } from '../url-state/calls-url-state'

/** A generous first page: the screen holds about 25 rows, the first scroll should not wait. */
export const FIRST_PAGE = 100
export const NEXT_PAGE = 250

/**
 * The index query for a view: which calls, in which order. The zone is left out (it changes how rows
 * read, not which), and so are the cursor and the page size (the infinite query adds them per page).
 */
export function viewToCallsQuery(view: CallsViewState): CallsQuery {
  const range = view.start !== null || view.end !== null
  return {
    direction: view.direction,
    statuses: view.statuses,
    // The URL's "no period" means all time; the index's `all` says the same, and omitting it too.
    period: range ? null : (view.period ?? 'all'),
    start: range ? view.start : null,
    end: range ? view.end : null,
    sources: view.sources,
    q: view.q.trim(),
    sort: view.sort,
    cursor: null,
    limit: FIRST_PAGE,
  }
}

/** The canonical query string of a query's filters and order: the cache key and the request. */
export function callsQueryKey(query: CallsQuery): string {
  return serializeCallsQuery({ ...query, cursor: null, limit: FIRST_PAGE }).toString()
}

/** The same filters at any time, newest first: for "the latest matching call was …". */
export function withoutPeriod(query: CallsQuery): CallsQuery {
  return { ...query, period: null, start: null, end: null, sort: '-time', cursor: null, limit: 1 }
}

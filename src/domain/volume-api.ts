import { DEFAULT_PAGE_LIMIT, queryBounds, serializeCallsQuery, type CallsQuery } from './index-api'
import type { OutcomeCounts } from './outcome-groups'
import { chartWindow, type ChartWindow, type Granularity } from './volume-buckets'

/**
 * The contract of `GET /api/calls/volume`: the volume chart's bars for exactly the list's filters,
 * counted by the server over its index, so the browser never downloads the calls to count them.
 */

/** One bar: a zone-aligned bucket (ISO UTC, [start, end)) with its calls per outcome group. */
export type VolumeBucket = { start: string; end: string; counts: OutcomeCounts; total: number }

export type VolumeAnswer = {
  /** The period counted, [start, end) in ISO UTC; the first and last buckets may reach outside it. */
  window: { start: string; end: string }
  granularity: Granularity
  /** The IANA zone the buckets are aligned to. */
  timeZone: string
  /** No start was given, so the window is the 30 days before its end (DEFAULT_SPAN_MS). */
  defaultSpan: boolean
  buckets: VolumeBucket[]
  /** Calls counted in all: the sum of the bucket totals. */
  total: number
  /** The server's clock when it answered (ISO). */
  now: string
}

/** The chart's window for a query at `now`: the query's own bounds, or the 30 days before its end. */
export function volumeWindow(query: CallsQuery, now: Date): ChartWindow {
  const { start, end } = queryBounds(query, now)
  return chartWindow(start, end, now)
}

/**
 * The canonical request for a query's chart: its filters (order, cursor and page size mean nothing to
 * a count, so they are left out and do not split the cache) and the zone.
 */
export function volumeSearch(query: CallsQuery, timeZone: string): string {
  const params = serializeCallsQuery({ ...query, sort: '-time', cursor: null, limit: DEFAULT_PAGE_LIMIT })
  params.set('tz', timeZone)
  return params.toString()
}

import type { CallFilters } from '#domain/call-filters'
import type { SourceReader } from '#domain/feed-reader'
import { createPagedReader, lookupAsPage } from '../adapter-kit/paged-reader'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { fetchSkipcallPage, loadSkipcallCall } from './fetch'
import { planSkipcallCallList } from './to-query'

/**
 * Skipcall calls, page by page from page 0. The list's order is undocumented; we read it as newest
 * first (by createdAt), like every call log, and the feed still places a call correctly if a page
 * breaks that order (it inserts by time), at the cost of that call arriving late.
 */
export function createSkipcallReader(ctx: ReaderContext, filters: CallFilters): SourceReader {
  const plan = planSkipcallCallList(filters)
  const clientUnit = plan.clientFilters.length > 0 ? 'calls' : null
  const limitations =
    plan.kind === 'scan' && clientUnit !== null
      ? ['Skipcall offers no filters on its call list: every filter is applied here, page after page.']
      : []
  if (plan.kind === 'lookup') {
    return createPagedReader<number>({
      source: 'skipcall',
      filters,
      clientUnit,
      first: 0,
      fetchPage: (_cursor, signal) => loadSkipcallCall(ctx, plan.id, signal).then(lookupAsPage),
      newestFirst: false,
    })
  }
  return createPagedReader<number>({
    source: 'skipcall',
    filters,
    clientUnit,
    limitations,
    first: 0,
    fetchPage: (page, signal) => fetchSkipcallPage(ctx, page, signal),
    newestFirst: true,
  })
}

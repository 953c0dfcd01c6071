import { loadCallDetail } from '#providers/call-detail'
import { fetchSkipcallPage } from '#providers/skipcall/fetch'
import { newestFirstSyncer } from './newest-first'

/**
 * Skipcall: `GET /v1/calls` page by page from 0, read as newest first (the order is undocumented; the
 * index sorts by time itself, so a page out of order only delays where the walk stops).
 */
export function skipcallSyncer(intervalMs = 10_000) {
  return newestFirstSyncer<number>({
    source: 'skipcall',
    first: 0,
    fetchPage: (ctx, pageNumber, signal) => fetchSkipcallPage(ctx, pageNumber, signal),
    loadOne: (ctx, id, signal) => loadCallDetail(ctx.fetcher, 'skipcall', id, ctx.now, signal),
    intervalMs,
    fullPassEveryMs: 60 * 60_000,
  })
}

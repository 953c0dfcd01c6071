import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { BROWSER_ONLY } from '#lib/query-meta'
import type { ActivityItem } from '#domain/activity'
import type { Lead } from '#domain/lead'
import type { AppReaderContext } from '#lib/reader-context'
import { SourceFailure } from '#lib/source-failure'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import { fetchLeadActivityPage, loadLeadpingLead } from '#providers/leadping/lead-loaders'
import { leadStreams } from './lead-streams'
import { createTimelinePipeline, type TimelinePipeline, type TimelineSnapshot } from './timeline-pipeline'

export function leadQueryOptions(ctx: ReaderContext, leadId: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- ctx is the app's one cached fetcher and clock, not an input
  return queryOptions({
    queryKey: ['lead', leadId, 'record'] as const,
    queryFn: async ({ signal }) => {
      const result = await loadLeadpingLead(ctx, leadId, signal)
      if (result.kind === 'error') throw new SourceFailure(result.error)
      return result
    },
  })
}

/** Records read oldest first to find the lead's first contact. */
const EARLIEST_PAGE_SIZE = 50

export type EarliestActivity = { items: ActivityItem[]; whole: boolean }

/**
 * The lead's oldest timeline records, for speed to lead: its first call and message are among the
 * first things that happened to it, whatever the timeline below has scrolled to.
 */
export function earliestActivityQueryOptions(ctx: ReaderContext, leadId: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- ctx is the app's one cached fetcher and clock, not an input
  return queryOptions({
    queryKey: ['lead', leadId, 'earliest'] as const,
    queryFn: async ({ signal }): Promise<EarliestActivity> => {
      const page = await fetchLeadActivityPage(
        { ...ctx, pageSize: EARLIEST_PAGE_SIZE },
        leadId,
        null,
        signal,
        'oldest',
      )
      if (!page.ok) throw new SourceFailure(page.error)
      return { items: page.items, whole: page.next === null }
    },
  })
}

/** Items shown per step of the timeline (first screen, then each scroll). */
export const TIMELINE_STEP = 20

type TimelineParam = { pipeline: TimelinePipeline | null; retry: boolean }
const FIRST_PAGE: TimelineParam = { pipeline: null, retry: false }
export type TimelinePage = { pipeline: TimelinePipeline; snapshot: TimelineSnapshot }

/**
 * The merged timeline as an infinite query: page 0 builds a fresh pipeline (so a refetch starts over,
 * answered mostly from the request cache), every later page reads on from the previous one's. Each page
 * holds the pipeline; its live snapshot (useTimelineSnapshot) is the current state, which changes between
 * pages too when a slow stream answers. When a stream failed, the next page retries it first, so "Retry"
 * is `fetchNextPage`.
 */
export function leadTimelineQueryOptions(ctx: AppReaderContext, lead: Pick<Lead, 'id' | 'phones'>) {
  const { id, phones } = lead
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- ctx is the app's one cached fetcher and clock, not an input
  return infiniteQueryOptions({
    queryKey: ['lead', id, 'timeline', phones] as const,
    initialPageParam: FIRST_PAGE,
    queryFn: async ({ pageParam, signal }): Promise<TimelinePage> => {
      const pipeline = pageParam.pipeline ?? createTimelinePipeline(leadStreams(ctx, { id, phones }))
      const snapshot = pageParam.retry
        ? await pipeline.retryFailed(TIMELINE_STEP, signal)
        : await pipeline.loadMore(TIMELINE_STEP, signal)
      return { pipeline, snapshot }
    },
    getNextPageParam: (last): TimelineParam | undefined => {
      // The pipeline's own state, not the page's: a slow stream may have answered since the page was read.
      const snapshot = last.pipeline.snapshot()
      const failed = hasFailures(snapshot)
      if (snapshot.done && !failed) return undefined
      return { pipeline: last.pipeline, retry: failed }
    },
    // Pages hold a stateful pipeline; comparing them deeply would be wasted work.
    structuralSharing: false,
    // ...and JSON cannot carry it, so a server-rendered lead page shows the timeline loading and the
    // browser reads it (the lead itself is rendered on the server).
    meta: BROWSER_ONLY,
  })
}

export function hasFailures(snapshot: TimelineSnapshot): boolean {
  return snapshot.reports.some((report) => report.state === 'error')
}

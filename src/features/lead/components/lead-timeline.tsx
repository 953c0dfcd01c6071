import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import { ErrorPanel } from '#components/error-panel'
import { hasFailures, type TimelinePage } from '../api/lead-queries'
import type { TimelineSnapshot } from '../api/timeline-pipeline'
import { isNearViewport, useSentinel } from '../hooks/use-sentinel'
import { filterTimeline, hiddenTrafficCount } from '../model/timeline-view'
import {
  clearLeadFilters,
  hasActiveFilters,
  periodStartMs,
  type LeadViewState,
} from '../url-state/lead-url-state'
import { ActivityEntry } from './activity-entry'

type Props = {
  timeline: UseInfiniteQueryResult<InfiniteData<TimelinePage>>
  snapshot: TimelineSnapshot | null
  view: LeadViewState
  onViewChange: (view: LeadViewState) => void
  /** Reads the whole timeline again, past the provider cache (after the timeline failed as a whole). */
  onRetry: () => void
  now: Date
  timeZone: string
}

/**
 * The timeline list, newest first, read further as the end comes into view (and by a button, for
 * keyboards). Reading stops when the period's start has been passed: nothing older can match.
 */
export function LeadTimeline({ timeline, snapshot, view, onViewChange, onRetry, now, timeZone }: Props) {
  const sentinel = useRef<HTMLDivElement>(null)
  const nearEnd = useSentinel(sentinel)
  const items = useMemo(() => snapshot?.items ?? [], [snapshot])
  const shown = useMemo(() => filterTimeline(items, view, now), [items, view, now])
  const start = periodStartMs(view.period, now)
  const pastPeriod = snapshot !== null && start !== null && snapshot.boundMs < start
  const failed = snapshot !== null && hasFailures(snapshot)
  const canRead = timeline.hasNextPage && !failed && !pastPeriod
  const busy = timeline.isFetching
  const { fetchNextPage } = timeline

  useEffect(() => {
    // The observer's answer may predate the items just rendered above the sentinel: measure again.
    if (nearEnd && canRead && !busy && isNearViewport(sentinel.current, 400))
      void fetchNextPage({ cancelRefetch: false })
  }, [nearEnd, canRead, busy, fetchNextPage, shown.length])

  if (timeline.isError) {
    return (
      <ErrorPanel
        title="The timeline could not be loaded"
        message={timeline.error.message}
        onRetry={onRetry}
      />
    )
  }

  const filtered = items.length - shown.length
  const hidden = view.showAllTraffic ? 0 : hiddenTrafficCount(items)
  const complete = snapshot !== null && (snapshot.done || pastPeriod) && !failed && !snapshot.waiting
  const status =
    snapshot === null
      ? 'Loading activity…'
      : `Showing ${shown.length} of ${items.length} items read` +
        (filtered > 0 ? ` (${filtered} hidden by filters or traffic type)` : '') +
        (busy ? '; reading more…' : complete ? '; end of the timeline.' : '.')

  return (
    <section className="lead-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Activity</h2>
      <p className="lead-muted" role="status" aria-live="polite" data-testid="timeline-status">
        {status}
      </p>
      {snapshot === null ? (
        <div className="lead-skeleton" aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <div key={i} className="skeleton-card" />
          ))}
        </div>
      ) : null}
      {snapshot !== null && shown.length === 0 && !busy && !canRead ? (
        hasActiveFilters(view) ? (
          <div className="alert info lead-empty">
            <p>No activity matches these filters.</p>
            <button type="button" onClick={() => onViewChange(clearLeadFilters(view))}>
              Clear filters
            </button>
          </div>
        ) : (
          <div className="alert info lead-empty">
            <p>No activity for this lead{failed ? ' could be read' : ' yet'}.</p>
            {hidden > 0 ? (
              <button type="button" onClick={() => onViewChange({ ...view, showAllTraffic: true })}>
                Show {hidden} warm-up or test {hidden === 1 ? 'item' : 'items'}
              </button>
            ) : null}
          </div>
        )
      ) : null}
      {shown.length > 0 ? (
        <ol className="lead-items" aria-label="Activity, newest first">
          {shown.map((item) => (
            <ActivityEntry
              key={`${item.source}:${item.id}`}
              item={item}
              now={now}
              timeZone={timeZone}
              tz={view.tz}
            />
          ))}
        </ol>
      ) : null}
      <div ref={sentinel} className="lead-sentinel" />
      {canRead ? (
        <button
          type="button"
          className="lead-load-more"
          onClick={() => void fetchNextPage({ cancelRefetch: false })}
          disabled={busy}
        >
          {busy ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
      {pastPeriod && timeline.hasNextPage ? (
        <p className="lead-muted">Older activity lies outside the chosen period.</p>
      ) : null}
    </section>
  )
}

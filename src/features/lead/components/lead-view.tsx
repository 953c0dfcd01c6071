import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ActivityItem } from '#domain/activity'
import type { Lead } from '#domain/lead'
import { useReaderContext } from '#lib/reader-context'
import { useTimeZone } from '#lib/use-time-zone'
import { earliestActivityQueryOptions, leadTimelineQueryOptions } from '../api/lead-queries'
import { useFreshRetry } from '../hooks/use-fresh-retry'
import { useLeadView } from '../hooks/use-lead-view'
import { useNow } from '../hooks/use-now'
import { useTimelineSnapshot } from '../hooks/use-timeline-snapshot'
import { speedToLead } from '../model/speed-to-lead'
import { DataProblems } from './data-problems'
import { LeadHeader } from './lead-header'
import { LeadTimeline } from './lead-timeline'
import { SourceNotes } from './source-notes'
import { SpeedToLeadPanel } from './speed-to-lead-panel'
import { TimelineFilters } from './timeline-filters'

function unique(items: readonly ActivityItem[]): ActivityItem[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = `${item.source}:${item.id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A found lead: header, speed to lead, filters, source notes, data problems and the timeline. */
export function LeadView({ lead }: { lead: Lead }) {
  const ctx = useReaderContext()
  const { view, notices, setView } = useLeadView()
  const { timeZone } = useTimeZone()
  const now = useNow()
  const timeline = useInfiniteQuery(leadTimelineQueryOptions(ctx, lead))
  const earliest = useQuery(earliestActivityQueryOptions(ctx, lead.id))
  const snapshot = useTimelineSnapshot(timeline.data?.pages.at(-1)?.pipeline ?? null)
  const freshRetry = useFreshRetry()

  const speed = useMemo(() => {
    if (snapshot === null && earliest.data === undefined) return null
    const items = unique([...(earliest.data?.items ?? []), ...(snapshot?.items ?? [])])
    // A source still loading may hold the first contact, whatever the others have read back to.
    const certain =
      snapshot !== null &&
      (snapshot.done || (!snapshot.waiting && snapshot.boundMs < Date.parse(lead.createdAt)))
    return speedToLead(lead.createdAt, items, certain)
  }, [earliest.data, snapshot, lead.createdAt])

  return (
    <article className="lead-page" aria-labelledby="page-title">
      <LeadHeader lead={lead} timeZone={timeZone} />
      <SpeedToLeadPanel
        speed={speed}
        timeZone={timeZone}
        earliestFailed={earliest.isError}
        onRetryEarliest={() => freshRetry(['leadping'], () => earliest.refetch())}
      />
      {notices.length > 0 ? (
        <div className="alert warn" role="status">
          <strong>Some of the link&apos;s settings were not understood:</strong>
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <TimelineFilters leadId={lead.id} view={view} onChange={setView} items={snapshot?.items ?? []} />
      {snapshot ? (
        <SourceNotes
          reports={snapshot.reports}
          timeZone={timeZone}
          retrying={timeline.isFetchingNextPage}
          onRetry={() =>
            freshRetry(
              snapshot.reports
                .filter((report) => report.state === 'error')
                .flatMap((report) => report.sources),
              () => timeline.fetchNextPage(),
            )
          }
        />
      ) : null}
      {snapshot && snapshot.issues.length > 0 ? <DataProblems issues={snapshot.issues} /> : null}
      <LeadTimeline
        timeline={timeline}
        snapshot={snapshot}
        view={view}
        onViewChange={setView}
        onRetry={() => freshRetry(['leadping'], () => timeline.refetch())}
        now={now}
        timeZone={timeZone}
      />
    </article>
  )
}

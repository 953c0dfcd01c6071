import type { RefObject } from 'react'
import type { Call } from '../../../domain/call'
import { ErrorPanel } from '../../../components/error-panel'
import type { DisplayedFeed } from '../api/use-calls-feed'
import type { LiveMarker } from '../live/live-marker'
import { useLatestMatch } from '../api/use-latest-match'
import { EmptyState } from '../status/empty-state'
import { CallsTable } from '../table/calls-table'
import type { ColumnVisibility } from '../table/column-prefs'
import { CallsTableContext, callHref } from '../table/table-context'
import type { CallsTableHandle } from '../table/virtual-body'
import type { CallsViewState } from '../url-state/calls-url-state'
import { describeWindow } from '../url-state/describe-view'
import type { HistoryMode } from '../url-state/use-calls-view'
import { clearFilters, hasFilters, periodCovering, withPeriod, withSort } from '../url-state/view-transitions'
import { SortNote } from './sort-note'
import { TableFooter } from './table-footer'

type Props = {
  view: CallsViewState
  feed: DisplayedFeed
  rows: readonly Call[]
  timeZone: string
  backTo: string
  visibility: ColumnVisibility
  paused: boolean
  marker: LiveMarker
  onSeen: () => void
  tableRef: RefObject<CallsTableHandle | null>
  setView: (view: CallsViewState, mode?: HistoryMode) => void
  onOpen: (call: Call) => void
}

/** The table, or the empty state that says where the nearest matching call is, or why nothing loaded. */
export function ResultsBody(props: Props) {
  const { view, feed, rows, timeZone, setView } = props
  const failed = feed.sources.filter((source) => source.error !== null)
  const settled = !feed.loading && !feed.initial && !feed.stale && !feed.preview
  const empty = settled && feed.done && rows.length === 0
  const latest = useLatestMatch(feed.entry.filters, empty && failed.length === 0)
  const autoLoad = view.sort === '-time'
  const canAutoLoad = autoLoad && !props.paused && !feed.done && settled

  let body
  if (empty && failed.length > 0) {
    body = (
      <ErrorPanel
        title="No calls to show"
        message={`${failed.length} of ${feed.sources.length} sources failed to answer (their errors are listed above), and the others have no matching calls.`}
      />
    )
  } else if (empty) {
    body = (
      <EmptyState
        windowText={describeWindow(view, timeZone)}
        hasTimeWindow={view.period !== null || view.start !== null || view.end !== null}
        filtered={hasFilters(view)}
        latest={{ loading: latest.isFetching, call: latest.data ?? null, failed: latest.isError }}
        timeZone={timeZone}
        callLink={(call) => callHref(call, view.tz, props.backTo)}
        onShowLatest={(call) => setView(withPeriod(view, periodCovering(call.occurredAt, new Date())))}
        onClear={() => setView(clearFilters(view))}
      />
    )
  } else {
    body = (
      <CallsTable
        calls={rows}
        sort={view.sort}
        onSortChange={(sort) => setView(withSort(view, sort))}
        visibility={props.visibility}
        skeleton={feed.initial}
        dimmed={feed.stale}
        newRows={view.sort === '-time' ? props.marker.highlighted : 0}
        liveCount={feed.liveCount}
        canAutoLoad={canAutoLoad}
        onNearEnd={feed.loadMore}
        onOpen={props.onOpen}
        handle={props.tableRef}
        describedBy="calls-summary"
        footer={
          feed.initial ? null : (
            <TableFooter
              count={rows.length}
              done={feed.done}
              loading={feed.loading}
              paused={props.paused}
              autoLoad={autoLoad}
              onLoadMore={feed.loadMore}
            />
          )
        }
      />
    )
  }

  return (
    <CallsTableContext value={{ timeZone, tzParam: view.tz, backTo: props.backTo }}>
      <SortNote sort={view.sort} loaded={rows.length} done={feed.done} />
      <div className="new-calls" role="status">
        {props.marker.unseen > 0 ? (
          <button type="button" className="new-calls-marker" onClick={props.onSeen}>
            {props.marker.unseen} new {props.marker.unseen === 1 ? 'call' : 'calls'} ↑
          </button>
        ) : null}
      </div>
      {body}
    </CallsTableContext>
  )
}

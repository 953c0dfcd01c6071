import { Suspense, type RefObject } from 'react'
import type { ListedCall } from '#domain/call'
import { ErrorPanel } from '#components/error-panel'
import { retryHelps } from '#lib/retry-policy'
import type { CallsIndexView } from '../api/use-calls-index'
import { useLatestMatch } from '../api/use-latest-match'
import type { LiveMarker } from '../live/live-marker'
import { EmptyState } from '../status/empty-state'
import { CallsTable } from '../table/calls-table'
import type { ColumnVisibility } from '../table/column-prefs'
import { callHref } from '#config/paths'
import { CallsTableContext } from '../table/table-context'
import type { CallsTableHandle } from '../table/virtual-body'
import { serializeCallsView, type CallsViewState } from '../url-state/calls-url-state'
import { describeWindow } from '../url-state/describe-view'
import type { HistoryMode } from '../url-state/use-calls-view'
import { clearFilters, hasFilters, periodCovering, withPeriod, withSort } from '../url-state/view-transitions'
import { ABOVE_TABLE_END_ID } from '../first-paint'
import { TableFooter } from './table-footer'

type Props = {
  view: CallsViewState
  list: CallsIndexView
  timeZone: string
  backTo: string
  visibility: ColumnVisibility
  marker: LiveMarker
  liveCount: number
  onSeen: () => void
  tableRef: RefObject<CallsTableHandle | null>
  setView: (view: CallsViewState, mode?: HistoryMode) => Promise<void>
  onOpen: (call: ListedCall) => void
}

/** The table, the empty state that says where the nearest matching call is, or why nothing loaded. */
export function ResultsBody(props: Props) {
  const { view, list, timeZone, setView } = props
  const rows = list.calls
  const settled = !list.initial && !list.stale && list.error === null
  const empty = settled && list.done && rows.length === 0
  const latest = useLatestMatch(list.query, empty)

  let body
  if (list.error !== null) {
    body = (
      <ErrorPanel
        title="The calls could not be loaded"
        message={list.error.message}
        onRetry={retryHelps(list.error) ? list.retry : undefined}
        retryLabel="Retry loading calls"
      />
    )
  } else if (empty) {
    body = (
      <EmptyState
        windowText={describeWindow(view, timeZone)}
        search={view.q}
        hasTimeWindow={view.period !== null || view.start !== null || view.end !== null}
        filtered={hasFilters(view)}
        latest={{ loading: latest.isFetching, call: latest.data ?? null, failed: latest.isError }}
        now={list.firstPage ? new Date(list.firstPage.now) : null}
        timeZone={timeZone}
        callLink={(call) => callHref(call.source, call.id, { tz: view.tz, back: props.backTo })}
        onShowLatest={(call) => void setView(withPeriod(view, periodCovering(call.occurredAt, new Date())))}
        clearSearch={`?${serializeCallsView(clearFilters(view)).toString()}`}
      />
    )
  } else {
    // A Suspense boundary of its own: hydrating, React commits the page around it first (the filters work,
    // the hydrated mark is set) and hydrates the rows right after, in slices, or at once when one is used
    // (selective hydration). Nothing suspends in it; the server writes it in place (entry-server.tsx).
    // `npm run bench -- --only first-load`, default scale, 1×: hydrated 809 -> 614 ms (BENCHMARKS.md).
    body = (
      <Suspense fallback={null}>
        <CallsTable
          calls={rows}
          sort={view.sort}
          sortSearch={(sort) => `?${serializeCallsView(withSort(view, sort)).toString()}`}
          visibility={props.visibility}
          skeleton={list.initial}
          dimmed={list.stale}
          newRows={view.sort === '-time' ? props.marker.highlighted : 0}
          liveCount={props.liveCount}
          canAutoLoad={settled && !list.done && !list.loadingMore && list.moreError === null}
          onNearEnd={list.loadMore}
          onOpen={props.onOpen}
          handle={props.tableRef}
          describedBy="calls-summary"
          positionKey={props.backTo}
          footer={
            list.initial ? null : (
              <TableFooter
                count={rows.length}
                done={list.done}
                loading={list.loadingMore}
                error={list.moreError?.message ?? null}
                autoLoad
                onLoadMore={list.loadMore}
              />
            )
          }
        />
      </Suspense>
    )
  }

  return (
    <CallsTableContext value={{ timeZone, tzParam: view.tz, backTo: props.backTo }}>
      <div className="new-calls" role="status" id={ABOVE_TABLE_END_ID}>
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

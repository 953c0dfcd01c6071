import { useCallback, useMemo, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { SOURCES, type Call } from '../../domain/call'
import type { DataIssue } from '../../domain/data-issue'
import { useCallsFeed } from './api/use-calls-feed'
import { useLeadMatch } from './api/use-lead-match'
import { ExportButton } from './export/export-button'
import { FilterBar } from './filters/filter-bar'
import { emptyMarker, markerFor, markInserted, markSeen } from './live/live-marker'
import { liveUnavailableReason } from './live/live-merge'
import { useLivePolling } from './live/use-live-polling'
import { LeadBanner } from './page/lead-banner'
import { LiveToggle } from './page/live-toggle'
import { ResultsBody } from './page/results-body'
import { useLeadAutoOpen } from './page/use-lead-auto-open'
import { useSlashFocus } from './page/use-slash-focus'
import { VolumeChartSlot } from './page/volume-chart-slot'
import { SourceStatusList } from './status/source-status'
import { DataProblemsDialog } from './status/data-problems-dialog'
import { ResultSummary, summaryText } from './status/result-summary'
import { UrlNotices } from './status/url-notices'
import { ColumnMenu } from './table/column-menu'
import {
  browserStorage,
  loadColumnVisibility,
  saveColumnVisibility,
  type ColumnVisibility,
} from './table/column-prefs'
import { COLUMN_IDS } from './table/column-registry'
import { sortCalls } from './table/sort-calls'
import { callHref } from './table/table-context'
import type { CallsTableHandle } from './table/virtual-body'
import { describeFilters } from './url-state/describe-view'
import { useCallsView } from './url-state/use-calls-view'
import { withRange } from './url-state/view-transitions'
import './calls-page.css'

/** `/calls`: every call from every source, filtered by the URL, newest first. */
export function CallsPage() {
  const { view, notices, timeZone, setView } = useCallsView()
  const feed = useCallsFeed(view)
  const navigate = useNavigate()
  const location = useLocation()
  const backTo = `/calls${location.search}`
  const searchRef = useRef<HTMLInputElement>(null)
  const tableRef = useRef<CallsTableHandle>(null)
  useSlashFocus(searchRef)

  const [visibility, setVisibility] = useState<ColumnVisibility>(() => loadColumnVisibility(browserStorage()))
  const changeVisibility = (next: ColumnVisibility) => {
    setVisibility(next)
    saveColumnVisibility(browserStorage(), next)
  }
  const rows = useMemo(() => sortCalls(feed.calls, view.sort), [feed.calls, view.sort])
  const [problems, setProblems] = useState<{ title: string; issues: DataIssue[] } | null>(null)

  const sources = useMemo(() => (view.sources.length > 0 ? view.sources : [...SOURCES]), [view.sources])
  const [liveOn, setLiveOn] = useState(false)
  const [marker, setMarker] = useState(() => emptyMarker(feed.entry.key))
  const liveMarker = markerFor(marker, feed.entry.key)
  const liveBlocked = liveUnavailableReason(view, new Date())
  const onInserted = useCallback(
    (count: number) => setMarker((current) => markInserted(current, feed.entry.key, count)),
    [feed.entry.key],
  )
  const live = useLivePolling({
    enabled: liveOn && liveBlocked === null && !feed.initial && !feed.stale,
    store: feed.entry.store,
    filters: feed.entry.filters,
    sources,
    onInserted,
  })

  const leadMatch = useLeadMatch(view.q, feed.calls)
  const openLead = useLeadAutoOpen(view, leadMatch)
  const openCall = useCallback(
    (call: Call) => void navigate(callHref(call, view.tz, backTo)),
    [navigate, view.tz, backTo],
  )

  const paused = feed.sources.some((s) => s.filtering.appliedBy === 'client' && s.filtering.paused)
  const visibleColumns = COLUMN_IDS.filter((id) => visibility[id])
  const settled = !feed.loading && !feed.initial && !feed.stale && !feed.preview
  const summary = `${describeFilters(view, timeZone)} · ${summaryText(rows, feed.done)}`

  return (
    <section className="calls-page" aria-labelledby="page-title">
      <header className="calls-page-head">
        <h1 id="page-title">Calls</h1>
        <div className="calls-tools">
          <LiveToggle
            on={liveOn}
            unavailable={liveBlocked}
            status={live}
            timeZone={timeZone}
            onChange={(on) => {
              setLiveOn(on)
              if (!on) setMarker(emptyMarker(feed.entry.key))
            }}
          />
          <ColumnMenu visibility={visibility} onChange={changeVisibility} />
          <ExportButton
            calls={rows}
            columns={visibleColumns}
            timeZone={timeZone}
            summary={summary}
            disabled={feed.initial || rows.length === 0}
          />
        </div>
      </header>
      <UrlNotices notices={notices} />
      <FilterBar
        view={view}
        timeZone={timeZone}
        presetStart={view.period !== null ? feed.entry.filters.start : null}
        setView={setView}
        onSearchSubmit={openLead}
        searchRef={searchRef}
      />
      {leadMatch ? <LeadBanner match={leadMatch} tzParam={view.tz} /> : null}
      <div className="results-head">
        <ResultSummary calls={rows} done={feed.done} settled={settled} id="calls-summary" />
        {feed.stale || feed.preview || feed.initial ? (
          <span className="updating" role="status">
            {feed.initial ? 'Loading calls…' : 'Updating…'}
          </span>
        ) : null}
      </div>
      <SourceStatusList
        sources={feed.sources}
        loading={feed.loading}
        onRetry={feed.retry}
        onContinue={feed.loadMore}
        onShowIssues={(issues, title) => setProblems({ issues, title })}
      />
      <VolumeChartSlot
        show={!feed.initial}
        filters={feed.entry.filters}
        timeZone={timeZone}
        onNarrow={(start, end) => {
          const result = withRange(view, start, end)
          if (result.ok) setView(result.view)
        }}
      />
      <ResultsBody
        view={view}
        feed={feed}
        rows={rows}
        timeZone={timeZone}
        backTo={backTo}
        visibility={visibility}
        paused={paused}
        marker={liveMarker}
        onSeen={() => {
          tableRef.current?.scrollToTop()
          setMarker(markSeen(liveMarker))
        }}
        tableRef={tableRef}
        setView={setView}
        onOpen={openCall}
      />
      {problems ? (
        <DataProblemsDialog
          title={problems.title}
          issues={problems.issues}
          onClose={() => setProblems(null)}
        />
      ) : null}
    </section>
  )
}

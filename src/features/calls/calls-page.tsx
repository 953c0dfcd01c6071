import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { ListedCall } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import { callHref } from '#config/paths'
import { useCallsIndex } from './api/use-calls-index'
import { useLeadMatch } from './api/use-lead-match'
import { useSyncView } from './api/use-sync'
import { ExportButton } from './export/export-button'
import { FilterBar } from './filters/filter-bar'
import { emptyMarker, markerFor, markInserted, markSeen } from './live/live-marker'
import { liveUnavailableReason } from './live/live-merge'
import { useLiveStream } from './live/use-live-stream'
import { loadChartOpen, saveChartOpen } from './page/chart-preference'
import { FilterSheet } from './page/filter-sheet'
import { LeadBanner } from './page/lead-banner'
import { LiveToggle } from './page/live-toggle'
import { ResultsBody } from './page/results-body'
import { useLeadAutoOpen } from './page/use-lead-auto-open'
import { useSlashFocus } from './page/use-slash-focus'
import { HAS_VOLUME_CHART, VolumeChartSlot } from './page/volume-chart-slot'
import { ResultSummary } from './status/result-summary'
import { SyncNotes } from './status/sync-notes'
import { UrlNotices } from './status/url-notices'
import { ColumnMenu } from './table/column-menu'
import { usePreferenceStore } from '#lib/preferences'
import { loadColumnVisibility, saveColumnVisibility, type ColumnVisibility } from './table/column-prefs'
import { COLUMN_IDS } from '#domain/call-columns'
import type { CallsTableHandle } from './table/virtual-body'
import { toCallFilters } from './url-state/calls-url-state'
import { useCallsView } from './url-state/use-calls-view'
import { hasFilters, withRange } from './url-state/view-transitions'
import './calls-page.css'
import './page/narrow.css'
import { useHydrated } from '#lib/use-hydrated'

// Opened from a sync note's button, never on first paint: its code loads when it is first opened.
const DataProblemsDialog = lazy(async () => ({
  default: (await import('./status/data-problems-dialog')).DataProblemsDialog,
}))

/** `/calls`: every call from every source, from the server's call index, filtered by the URL. */
export function CallsPage() {
  const hydrated = useHydrated()
  const { view, notices, timeZone, setView } = useCallsView()
  const list = useCallsIndex(view)
  const syncView = useSyncView(list.stale ? null : list.firstPage)
  const navigate = useNavigate()
  const location = useLocation()
  const backTo = `/calls${location.search}`
  const searchRef = useRef<HTMLInputElement>(null)
  const tableRef = useRef<CallsTableHandle>(null)
  useSlashFocus(searchRef)

  const preferences = usePreferenceStore()
  const [visibility, setVisibility] = useState<ColumnVisibility>(() => loadColumnVisibility(preferences))
  const changeVisibility = (next: ColumnVisibility) => {
    setVisibility(next)
    saveColumnVisibility(preferences, next)
  }
  const rows = list.calls
  const [chartOpen, setChartOpen] = useState(() => loadChartOpen(preferences))
  const toggleChart = () => {
    setChartOpen(!chartOpen)
    saveChartOpen(!chartOpen, preferences)
  }
  const [problems, setProblems] = useState<{ title: string; issues: DataIssue[] } | null>(null)

  // The chart and the preset's start read a period from the server's clock, as the list did.
  const serverNow = list.stale ? null : (list.firstPage?.now ?? null)
  const filters = useMemo(
    () => toCallFilters(view, serverNow === null ? new Date() : new Date(serverNow)),
    [view, serverNow],
  )

  const [liveOn, setLiveOn] = useState(false)
  const [marker, setMarker] = useState(() => emptyMarker(list.key))
  const [liveTotal, setLiveTotal] = useState({ key: list.key, count: 0 })
  const liveMarker = markerFor(marker, list.key)
  // The server's clock, like the filters: the server's HTML and the hydrating page must say the same.
  const liveBlocked = liveUnavailableReason(view, serverNow === null ? new Date() : new Date(serverNow))
  const onInserted = useCallback(
    (count: number) => {
      setMarker((current) => markInserted(current, list.key, count))
      setLiveTotal((current) => ({
        key: list.key,
        count: (current.key === list.key ? current.count : 0) + count,
      }))
    },
    [list.key],
  )
  const live = useLiveStream({
    enabled: liveOn && liveBlocked === null && !list.initial && !list.stale && list.error === null,
    query: list.query,
    onInserted,
  })

  const leadMatch = useLeadMatch(view.q, rows)
  const openLead = useLeadAutoOpen(view.tz, rows, () => searchRef.current?.value)
  const openCall = useCallback(
    (call: ListedCall) => void navigate(callHref(call.source, call.id, { tz: view.tz, back: backTo })),
    [navigate, view.tz, backTo],
  )

  const visibleColumns = COLUMN_IDS.filter((id) => visibility[id])
  const settled = !list.loading && !list.initial && !list.stale

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
              if (!on) setMarker(emptyMarker(list.key))
            }}
          />
          <ColumnMenu visibility={visibility} onChange={changeVisibility} />
          <ExportButton
            columns={visibleColumns}
            timeZone={timeZone}
            disabled={list.initial || rows.length === 0}
          />
        </div>
      </header>
      <UrlNotices notices={notices} />
      <FilterSheet active={hasFilters(view)}>
        <FilterBar
          view={view}
          timeZone={timeZone}
          presetStart={view.period !== null ? filters.start : null}
          setView={setView}
          onSearchSubmit={openLead}
          searchRef={searchRef}
        />
      </FilterSheet>
      {leadMatch ? <LeadBanner match={leadMatch} tzParam={view.tz} /> : null}
      <div className="results-head">
        <ResultSummary
          total={list.total}
          loaded={rows.length}
          done={list.done}
          settled={settled}
          search={view.q}
          id="calls-summary"
        />
        {list.stale || list.initial ? (
          <span className="updating" role="status">
            {list.initial ? 'Loading calls…' : 'Updating…'}
          </span>
        ) : null}
        <SyncNotes
          sync={syncView.sync}
          now={syncView.now}
          timeZone={timeZone}
          onShowIssues={(issues, title) => setProblems({ issues, title })}
        />
        {HAS_VOLUME_CHART ? (
          <button
            type="button"
            className="chart-toggle"
            disabled={!hydrated}
            aria-expanded={chartOpen}
            aria-controls={chartOpen ? 'calls-volume-chart' : undefined}
            onClick={toggleChart}
          >
            {chartOpen ? 'Hide volume chart' : 'Show volume chart'}
          </button>
        ) : null}
      </div>
      <VolumeChartSlot
        id="calls-volume-chart"
        open={chartOpen}
        ready={!list.initial}
        timeZone={timeZone}
        onNarrow={(start, end) => {
          const result = withRange(view, start, end)
          if (result.ok) void setView(result.view)
        }}
      />
      <ResultsBody
        view={view}
        list={list}
        timeZone={timeZone}
        backTo={backTo}
        visibility={visibility}
        marker={liveMarker}
        liveCount={liveTotal.key === list.key ? liveTotal.count : 0}
        onSeen={() => {
          tableRef.current?.scrollToTop()
          setMarker(markSeen(liveMarker))
        }}
        tableRef={tableRef}
        setView={setView}
        onOpen={openCall}
      />
      {problems ? (
        <Suspense fallback={null}>
          <DataProblemsDialog
            title={problems.title}
            issues={problems.issues}
            onClose={() => setProblems(null)}
          />
        </Suspense>
      ) : null}
    </section>
  )
}

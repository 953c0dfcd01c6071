import { Component, lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react'
import type { CallsQuery } from '../../../domain/index-api'
import { viewToCallsQuery } from '../api/calls-query'
import { useCallsView } from '../url-state/use-calls-view'

type PanelProps = {
  query: CallsQuery
  timeZone: string
  onNarrow: (startIso: string, endIso: string) => void
}

/** The chart asks the server with the view's own query, so a period counts back from the server's clock. */
type SlotProps = Omit<PanelProps, 'query'> & { show: boolean }

// The chart is built separately; a glob import is empty when its module does not exist, so the page
// works with or without it, and when it exists it is its own chunk, loaded after the first rows.
const modules = import.meta.glob<{ VolumeChartPanel: ComponentType<PanelProps> }>(
  '../volume-chart/volume-chart-panel.tsx',
)
const load = modules['../volume-chart/volume-chart-panel.tsx']
const LazyPanel = load ? lazy(async () => ({ default: (await load()).VolumeChartPanel })) : null

/** A failing chart must not take the calls list down with it. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    if (this.state.failed)
      return <p className="alert info">The volume chart could not be shown; the list below is complete.</p>
    return this.props.children
  }
}

/** The volume chart above the table, mounted only once the first rows are on screen. */
export function VolumeChartSlot({ show, timeZone, onNarrow }: SlotProps) {
  const { view } = useCallsView()
  const query = useMemo(() => viewToCallsQuery(view), [view])
  if (LazyPanel === null || !show) return null
  return (
    <ChartBoundary>
      <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
        <LazyPanel query={query} timeZone={timeZone} onNarrow={onNarrow} />
      </Suspense>
    </ChartBoundary>
  )
}

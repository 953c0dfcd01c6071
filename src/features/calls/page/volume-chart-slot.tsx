import { Component, lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react'
import type { CallsQuery } from '#domain/index-api'
import { viewToCallsQuery } from '../api/calls-query'
import { useCallsView } from '../url-state/use-calls-view'
import { AfterHydration } from '#components/after-hydration'

type PanelProps = {
  query: CallsQuery
  timeZone: string
  onNarrow: (startIso: string, endIso: string) => void
}

/** The chart asks the server with the view's own query, so a period counts back from the server's clock. */
type SlotProps = Omit<PanelProps, 'query'> & {
  /** The first rows are on screen: the chart's chunk and count may load now. */
  ready: boolean
  open: boolean
  id: string
}

// The chart is built separately; a glob import is empty when its module does not exist, so the page
// works with or without it, and when it exists it is its own chunk, loaded after the first rows.
const modules = import.meta.glob<{ VolumeChartPanel: ComponentType<PanelProps> }>(
  '../volume-chart/volume-chart-panel.tsx',
)
const load = modules['../volume-chart/volume-chart-panel.tsx']
const LazyPanel = load ? lazy(async () => ({ default: (await load()).VolumeChartPanel })) : null

/** Whether the page has a chart to offer (the toggle is not shown without one). */
export const HAS_VOLUME_CHART = LazyPanel !== null

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

// The chart's code loads in the browser only (see AfterHydration); its box is reserved meanwhile.
const placeholder = <div className="chart-placeholder" aria-hidden="true" />

/**
 * The volume chart above the table when it is open. Its box is laid out at once, at the chart's
 * height, while the rows, the chart's code and its count are still loading: the table below starts
 * where it will stay (issue #14 item 8 measured a 200 px jump when the chart appeared).
 */
export function VolumeChartSlot({ ready, open, id, timeZone, onNarrow }: SlotProps) {
  const { view } = useCallsView()
  const query = useMemo(() => viewToCallsQuery(view), [view])
  if (LazyPanel === null || !open) return null
  return (
    <div id={id} className="chart-slot">
      {ready ? (
        <AfterHydration fallback={placeholder}>
          <ChartBoundary>
            <Suspense fallback={placeholder}>
              <LazyPanel query={query} timeZone={timeZone} onNarrow={onNarrow} />
            </Suspense>
          </ChartBoundary>
        </AfterHydration>
      ) : (
        placeholder
      )}
    </div>
  )
}

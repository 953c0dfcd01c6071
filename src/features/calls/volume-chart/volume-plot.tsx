import { useId } from 'react'
import type { BucketCounts, ChartWindow, Granularity } from '#domain/volume-buckets'
import { chartLayout } from './chart-layout'
import { useChartInteraction } from './use-chart-interaction'
import { useElementWidth } from './use-element-width'
import { VolumeBars } from './volume-bars'
import { selectionSummary, VolumeTooltip } from './volume-tooltip'

type Props = {
  buckets: BucketCounts[]
  window: ChartWindow
  granularity: Granularity
  timeZone: string
  /** Plain-words summary of the whole chart, its accessible name. */
  summary: string
  onNarrow: (startIso: string, endIso: string) => void
}

const HEIGHT = 180

/** The interactive plot: sized to its container, with the tooltip laid over it. */
export function VolumePlot({ buckets, window, granularity, timeZone, onNarrow, ...rest }: Props) {
  const { ref, width } = useElementWidth<HTMLDivElement>(720)
  const tallest = buckets.reduce((max, bucket) => Math.max(max, bucket.total), 0)
  const layout = chartLayout(width, HEIGHT, buckets.length, tallest)
  const interaction = useChartInteraction({ buckets, window, geometry: layout, onNarrow })
  const helpId = useId()
  const tooltipId = useId()

  // A drag, or a keyboard selection of several bars, shows the selection's totals; otherwise one bar's.
  const { selection, dragging } = interaction
  const range = selection && (dragging || selection.from !== selection.to) ? selection : null
  const shownIndex = range ? null : interaction.shown
  const from = range ? range.from : shownIndex
  const to = range ? range.to : shownIndex
  const tooltip =
    from !== null && to !== null ? selectionSummary(buckets, from, to, granularity, timeZone) : null
  const unit = granularity === 'hour' ? 'hour' : 'day'

  return (
    <div className="vc-plot" ref={ref}>
      <p id={helpId} className="visually-hidden">
        Each bar is one {unit}. Arrow keys move between bars, Shift with an arrow selects several, and Enter
        narrows Start and End to the focused bar or the selection. With a pointer, drag across bars to narrow.
      </p>
      <svg
        className={dragging ? 'vc-svg vc-dragging' : 'vc-svg'}
        width={layout.width}
        height={layout.height}
        role="group"
        aria-label={rest.summary}
        aria-describedby={helpId}
        {...interaction.svgHandlers}
      >
        <VolumeBars
          buckets={buckets}
          layout={layout}
          granularity={granularity}
          timeZone={timeZone}
          selection={interaction.selection}
          tabbable={interaction.tabbable}
          barRefs={interaction.bars}
          barHandlers={interaction.barHandlers}
        />
      </svg>
      {tooltip && from !== null && to !== null ? (
        <VolumeTooltip
          id={tooltipId}
          title={tooltip.title}
          counts={tooltip.counts}
          total={tooltip.total}
          from={layout.left + from * layout.slot}
          to={layout.left + (to + 1) * layout.slot}
          plotWidth={layout.width}
          hint={
            range === null
              ? null
              : dragging
                ? 'Release to narrow Start and End to these bars.'
                : 'Press Enter to narrow Start and End to these bars.'
          }
        />
      ) : null}
    </div>
  )
}

import type { RefObject, SVGProps } from 'react'
import type { BucketCounts, Granularity } from '#domain/volume-buckets'
import { bucketLabel, countsSentence, tickLabel } from './chart-labels'
import { barHeight, type ChartLayout } from './chart-layout'
import type { Selection } from './drag-range'
import { OUTCOME_GROUPS } from '#domain/outcome-groups'

type Props = {
  buckets: BucketCounts[]
  layout: ChartLayout
  granularity: Granularity
  timeZone: string
  selection: Selection | null
  tabbable: number
  barRefs: RefObject<(SVGRectElement | null)[]>
  barHandlers: (index: number) => Pick<SVGProps<SVGRectElement>, 'onKeyDown' | 'onFocus' | 'onBlur'>
}

const unit = (granularity: Granularity) => (granularity === 'hour' ? 'hour' : 'day')

/** The drawing: count axis, stacked bars, time labels, the selection, and one focusable target per bar. */
export function VolumeBars(props: Props) {
  const { buckets, layout, granularity, timeZone, selection } = props
  const bottom = layout.top + layout.plotHeight
  const xOf = (index: number) => layout.left + index * layout.slot
  return (
    <>
      <g className="vc-axis" aria-hidden="true">
        {layout.yTicks.map((tick) => {
          const y = bottom - barHeight(layout, tick)
          return (
            <g key={tick}>
              <line x1={layout.left} x2={layout.left + layout.plotWidth} y1={y} y2={y} />
              <text x={layout.left - 6} y={y} dy="0.32em" textAnchor="end">
                {tick.toLocaleString('en-US')}
              </text>
            </g>
          )
        })}
        {buckets.map((bucket, index) =>
          index % layout.labelEvery === 0 ? (
            <text key={bucket.start} x={xOf(index)} y={bottom + 15} textAnchor="start">
              {tickLabel(bucket, granularity, timeZone, index === 0)}
            </text>
          ) : null,
        )}
      </g>
      {selection ? (
        <rect
          className="vc-selection"
          x={xOf(selection.from)}
          y={layout.top}
          width={(selection.to - selection.from + 1) * layout.slot}
          height={layout.plotHeight}
          aria-hidden="true"
        />
      ) : null}
      {buckets.map((bucket, index) => {
        let y = bottom
        const label = `${bucketLabel(bucket, granularity, timeZone)}: ${countsSentence(bucket.counts, bucket.total)}. Press Enter to narrow the period to this ${unit(granularity)}.`
        return (
          <g key={bucket.start} className="vc-bar">
            {OUTCOME_GROUPS.map((group) => {
              const height = barHeight(layout, bucket.counts[group])
              y -= height
              return height > 0 ? (
                <rect
                  key={group}
                  className={`vc-segment vc-${group}`}
                  x={xOf(index) + (layout.slot - layout.barWidth) / 2}
                  y={y}
                  width={layout.barWidth}
                  height={height}
                  aria-hidden="true"
                />
              ) : null
            })}
            <rect
              ref={(element) => {
                props.barRefs.current[index] = element
              }}
              className="vc-target"
              x={xOf(index)}
              y={layout.top}
              width={layout.slot}
              height={layout.plotHeight}
              role="button"
              tabIndex={index === props.tabbable ? 0 : -1}
              aria-label={label}
              {...props.barHandlers(index)}
            />
          </g>
        )
      })}
    </>
  )
}

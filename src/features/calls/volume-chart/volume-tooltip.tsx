import type { BucketCounts, Granularity } from '#domain/volume-buckets'
import { bucketLabel } from './chart-labels'
import { emptyCounts, OUTCOME_GROUPS, OUTCOME_LABELS } from '#domain/outcome-groups'

type Props = {
  id: string
  title: string
  counts: BucketCounts['counts']
  total: number
  /** The bars it describes, in the plot's pixels: it sits beside them, never over them. */
  from: number
  to: number
  plotWidth: number
  hint: string | null
}

const TOOLTIP_WIDTH = 220
const GAP = 8

/** Beside the bars: to their right in the left half of the plot, to their left in the right half. */
function tooltipLeft(from: number, to: number, plotWidth: number): number {
  const left = (from + to) / 2 < plotWidth / 2 ? to + GAP : from - GAP - TOOLTIP_WIDTH
  return Math.min(Math.max(0, left), Math.max(0, plotWidth - TOOLTIP_WIDTH))
}

/** The counts of one bar (or a dragged selection), beside the pointer or the focused bar. */
export function VolumeTooltip({ id, title, counts, total, from, to, plotWidth, hint }: Props) {
  const left = tooltipLeft(from, to, plotWidth)
  return (
    <div id={id} role="tooltip" className="vc-tooltip" style={{ left, width: TOOLTIP_WIDTH }}>
      <strong>{title}</strong>
      <div className="vc-tooltip-total">
        {total.toLocaleString('en-US')} {total === 1 ? 'call' : 'calls'}
      </div>
      <dl>
        {OUTCOME_GROUPS.map((group) => (
          <div key={group} className="vc-tooltip-row">
            <dt>
              <span className={`vc-swatch vc-${group}`} aria-hidden="true" />
              {OUTCOME_LABELS[group]}
            </dt>
            <dd>{counts[group].toLocaleString('en-US')}</dd>
          </div>
        ))}
      </dl>
      {hint ? <p className="vc-tooltip-hint">{hint}</p> : null}
    </div>
  )
}

/** A selection's totals and title, for the tooltip while dragging. */
export function selectionSummary(
  buckets: readonly BucketCounts[],
  from: number,
  to: number,
  granularity: Granularity,
  timeZone: string,
) {
  const first = buckets[from]
  const last = buckets[to]
  const counts = emptyCounts()
  let total = 0
  for (const bucket of buckets.slice(from, to + 1)) {
    for (const group of OUTCOME_GROUPS) counts[group] += bucket.counts[group]
    total += bucket.total
  }
  const title =
    first && last
      ? from === to
        ? bucketLabel(first, granularity, timeZone)
        : `${bucketLabel(first, granularity, timeZone)} to ${bucketLabel(last, granularity, timeZone)}`
      : ''
  return { title, counts, total }
}

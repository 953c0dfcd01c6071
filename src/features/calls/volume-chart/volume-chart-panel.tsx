import { useId, useMemo } from 'react'
import type { CallFilters } from '../../../domain/call-filters'
import { bucketBoundaries, chooseGranularity, countCalls } from '../../../domain/volume-buckets'
import { volumeSummary } from './chart-labels'
import { VolumeLegend } from './volume-legend'
import { VolumeNotes } from './volume-notes'
import { VolumePlot } from './volume-plot'
import { VolumeTable } from './volume-table'
import { useVolumeReader } from './use-volume-reader'
import './volume-chart.css'

type Props = {
  filters: CallFilters
  /** IANA zone the buckets are aligned to and labelled in. */
  timeZone: string
  /** Called with the new Start/End (ISO UTC) when bars are dragged across or chosen with Enter. */
  onNarrow: (startIso: string, endIso: string) => void
}

/**
 * Calls over the selected period, per hour or per day, stacked by outcome. It reads its own copy of
 * the table's feed through the shared request cache, after the table (see use-volume-reader.ts), and
 * fills in as pages arrive.
 */
export function VolumeChartPanel({ filters, timeZone, onNarrow }: Props) {
  const { state, window, retry } = useVolumeReader(filters)
  const granularity = chooseGranularity(window)
  const boundaries = useMemo(
    () => bucketBoundaries(window, granularity, timeZone),
    [window, granularity, timeZone],
  )
  const { snapshot } = state
  const { buckets, counted } = useMemo(
    () => countCalls(boundaries, snapshot.calls, window),
    [boundaries, snapshot.calls, window],
  )
  const oldest = snapshot.calls.at(-1)
  const countedBackTo = state.stoppedEarly && oldest ? oldest.occurredAt : null
  const everySourceFailed = snapshot.sources.length > 0 && snapshot.sources.every((s) => s.error !== null)
  const loading = state.waiting || (state.reading && counted === 0)
  const unit = granularity === 'hour' ? 'hour' : 'day'
  const titleId = useId()

  let body
  if (everySourceFailed && !state.reading) {
    body = <p className="vc-message">No source could be read, so there is nothing to chart.</p>
  } else if (loading) {
    body = <div className="vc-placeholder">Loading the call volume…</div>
  } else if (counted === 0 && !state.reading) {
    body = <p className="vc-message">No calls in this period, so there is nothing to chart.</p>
  } else {
    body = (
      <VolumePlot
        buckets={buckets}
        window={window}
        granularity={granularity}
        timeZone={timeZone}
        incompleteBefore={countedBackTo === null ? null : Date.parse(countedBackTo)}
        summary={volumeSummary(buckets, counted, granularity, timeZone)}
        onNarrow={onNarrow}
      />
    )
  }

  return (
    <section className="volume-chart" aria-labelledby={titleId}>
      <header className="vc-header">
        <h2 id={titleId}>Call volume</h2>
        <p className="vc-status" aria-live="polite">
          {state.reading || state.waiting
            ? `Counting calls… ${counted.toLocaleString('en-US')} so far`
            : `Based on ${counted.toLocaleString('en-US')} ${counted === 1 ? 'call' : 'calls'}, per ${unit}`}
        </p>
        <VolumeLegend />
      </header>
      {body}
      <VolumeNotes
        sources={snapshot.sources}
        defaultSpanEnd={filters.start === null ? new Date(window.end).toISOString() : null}
        countedBackTo={countedBackTo}
        timeZone={timeZone}
        onRetry={retry}
      />
      {counted > 0 ? <VolumeTable buckets={buckets} granularity={granularity} timeZone={timeZone} /> : null}
    </section>
  )
}

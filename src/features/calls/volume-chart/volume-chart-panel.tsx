import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import type { CallsQuery } from '#domain/index-api'
import { volumeSummary } from './chart-labels'
import { VolumeLegend } from './volume-legend'
import { VolumeNotes } from './volume-notes'
import { VolumePlot } from './volume-plot'
import { volumeOptions } from './volume-query'
import { VolumeTable } from './volume-table'
import './volume-chart.css'

type Props = {
  /** The list's query: the chart counts exactly its filters (its order and pages mean nothing here). */
  query: CallsQuery
  /** IANA zone the buckets are aligned to and labelled in. */
  timeZone: string
  /** Called with the new Start/End (ISO UTC) when bars are dragged across or chosen with Enter. */
  onNarrow: (startIso: string, endIso: string) => void
}

const calls = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'call' : 'calls'}`

/**
 * Calls over the selected period, per hour or per day, stacked by outcome. The server counts them over
 * its index (`/api/calls/volume`), so the chart costs one small answer whatever the period holds.
 */
export function VolumeChartPanel({ query, timeZone, onNarrow }: Props) {
  const result = useQuery(volumeOptions(query, timeZone))
  const volume = result.data
  const titleId = useId()
  const retry = () => void result.refetch()

  let body
  let status
  if (volume === undefined) {
    // A failed count is said once, with Retry, in the notes below.
    body = result.isError ? null : <div className="vc-placeholder">Loading the call volume…</div>
    status = result.isError ? 'Not counted' : 'Counting calls…'
  } else {
    const unit = volume.granularity
    status = `Based on ${calls(volume.total)}, per ${unit}`
    body =
      volume.total === 0 ? (
        <p className="vc-message">No calls in this period, so there is nothing to chart.</p>
      ) : (
        <VolumePlot
          buckets={volume.buckets}
          window={volume.window}
          granularity={volume.granularity}
          timeZone={timeZone}
          summary={volumeSummary(volume.buckets, volume.total, volume.granularity, timeZone)}
          onNarrow={onNarrow}
        />
      )
  }

  return (
    <section className="volume-chart" aria-labelledby={titleId}>
      <header className="vc-header">
        <h2 id={titleId}>Call volume</h2>
        <p className="vc-status" aria-live="polite">
          {status}
        </p>
        <VolumeLegend />
      </header>
      {body}
      <VolumeNotes
        defaultSpanEnd={volume?.defaultSpan ? new Date(volume.window.end).toISOString() : null}
        error={result.error}
        timeZone={timeZone}
        onRetry={retry}
      />
      {volume && volume.total > 0 ? (
        <VolumeTable buckets={volume.buckets} granularity={volume.granularity} timeZone={timeZone} />
      ) : null}
    </section>
  )
}

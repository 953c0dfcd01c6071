import { SOURCE_LABELS, type Source } from '../../../domain/call'
import type { FeedSourceStatus } from '../../../domain/feed'
import { formatDateTime } from '../../../lib/format-time'

type Props = {
  sources: FeedSourceStatus[]
  /** The chart shows 30 days because no start was chosen. */
  defaultSpanEnd: string | null
  /** Reading stopped at its cap: the time of the oldest call counted. */
  countedBackTo: string | null
  timeZone: string
  onRetry: (source: Source) => void
}

/**
 * What the chart does not show, in plain words: sources its reading failed on (with Retry), the default
 * 30 days, a count stopped at its cap. Providers' own limits (Telnyx's 24 hours) are the table's too, and
 * the calls page states them right above the chart, so they are not repeated here.
 */
export function VolumeNotes({ sources, defaultSpanEnd, countedBackTo, timeZone, onRetry }: Props) {
  const failed = sources.filter((source) => source.error !== null)
  const notes: { key: string; text: string }[] = []
  if (defaultSpanEnd !== null) {
    notes.push({
      key: 'span',
      text: `No start is set, so the chart shows the 30 days up to ${formatDateTime(defaultSpanEnd, timeZone)}.`,
    })
  }
  if (countedBackTo !== null) {
    notes.push({
      key: 'cap',
      text: `Counting stopped at the newest calls, back to ${formatDateTime(countedBackTo, timeZone)}; earlier bars are incomplete (shown faded). Narrow the period to count it all.`,
    })
  }
  if (failed.length === 0 && notes.length === 0) return null
  return (
    <div className="vc-notes">
      {failed.map((source) => (
        <div key={source.source} className="alert error" role="alert">
          {source.error?.message} {SOURCE_LABELS[source.source]} calls are missing from the chart.{' '}
          <button type="button" onClick={() => onRetry(source.source)}>
            Retry {SOURCE_LABELS[source.source]} for the chart
          </button>
        </div>
      ))}
      <ul>
        {notes.map((note) => (
          <li key={note.key}>{note.text}</li>
        ))}
      </ul>
    </div>
  )
}

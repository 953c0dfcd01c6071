import { formatDateTime } from '#domain/format-time'
import { retryHelps } from '#lib/retry-policy'

type Props = {
  /** The chart shows 30 days because no start was chosen: the end of those days (ISO). */
  defaultSpanEnd: string | null
  /** Counting failed (or a refresh failed while older bars are shown): the reason, with Retry if it can help. */
  error: Error | null
  timeZone: string
  onRetry: () => void
}

/**
 * What the chart does not show, in plain words: the default 30 days, and a count that failed (with
 * Retry). The index's own gaps (a stale source, how far back history goes) are the list's too, and the
 * calls page states them right above the chart, so they are not repeated here.
 */
export function VolumeNotes({ defaultSpanEnd, error, timeZone, onRetry }: Props) {
  if (defaultSpanEnd === null && error === null) return null
  return (
    <div className="vc-notes">
      {error ? (
        <div className="alert error" role="alert">
          The call volume could not be counted. {error.message}{' '}
          {retryHelps(error) ? (
            <button type="button" onClick={onRetry}>
              Retry the chart
            </button>
          ) : null}
        </div>
      ) : null}
      {defaultSpanEnd !== null ? (
        <ul>
          <li>
            No start is set, so the chart shows the 30 days up to {formatDateTime(defaultSpanEnd, timeZone)}.
          </li>
        </ul>
      ) : null}
    </div>
  )
}

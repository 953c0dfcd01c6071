import { formatTimeOfDay } from '#domain/format-time'
import type { LiveStatus } from '../live/use-live-stream'

type Props = {
  on: boolean
  unavailable: string | null
  status: LiveStatus
  timeZone: string
  onChange: (on: boolean) => void
}

/** The Live switch, with since when it has been listening, or why it cannot run for this view. */
export function LiveToggle({ on, unavailable, status, timeZone, onChange }: Props) {
  return (
    <div className="live-toggle">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={on && unavailable === null}
          disabled={unavailable !== null}
          onChange={(event) => onChange(event.target.checked)}
        />
        Live
      </label>
      <span className="live-state" role="status">
        {unavailable ??
          (!on
            ? ''
            : status.connectedAt
              ? `Listening since ${formatTimeOfDay(status.connectedAt.toISOString(), timeZone)}`
              : status.problem
                ? ''
                : 'Connecting…')}
      </span>
      {on && unavailable === null && status.problem ? (
        <span className="live-problem">{status.problem}</span>
      ) : null}
    </div>
  )
}

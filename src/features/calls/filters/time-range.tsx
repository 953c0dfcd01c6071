import { useState, type KeyboardEvent } from 'react'
import { formatDateTime } from '../../../domain/format-time'
import { fromZonedInputValue, toZonedInputValue } from '../../../domain/time-zone'
import { PERIOD_LABELS, PERIODS, type CallsViewState, type Period } from '../url-state/calls-url-state'
import { withPeriod, withRange } from '../url-state/view-transitions'

type Props = {
  view: CallsViewState
  timeZone: string
  /** The start the feed actually uses for a preset (presets are relative to when the view loaded). */
  presetStart: string | null
  onChange: (view: CallsViewState) => void
}

const CUSTOM = 'custom'

/**
 * Period presets and an absolute Start/End to the second, both in the chosen zone. Switching the zone
 * re-renders the inputs with the same instants in the new zone's wall-clock time. A typed range is
 * applied when focus leaves the Start/End group or on Enter, not on every keystroke.
 */
export function TimeRange(props: Props) {
  // Drafts restart whenever the applied range or the zone changes.
  const key = `${props.view.start}|${props.view.end}|${props.timeZone}`
  return <TimeRangeFields key={key} {...props} />
}

function TimeRangeFields({ view, timeZone, presetStart, onChange }: Props) {
  const [start, setStart] = useState(view.start ? toZonedInputValue(view.start, timeZone) : '')
  const [end, setEnd] = useState(view.end ? toZonedInputValue(view.end, timeZone) : '')
  const [error, setError] = useState<string | null>(null)
  const custom = view.start !== null || view.end !== null
  const periodValue = custom ? CUSTOM : (view.period ?? 'all')

  const commit = () => {
    const startIso = start === '' ? null : fromZonedInputValue(start, timeZone)
    const endIso = end === '' ? null : fromZonedInputValue(end, timeZone)
    if ((start !== '' && startIso === null) || (end !== '' && endIso === null)) {
      setError('Enter a complete date and time.')
      return
    }
    if (startIso === view.start && endIso === view.end) return setError(null)
    if (startIso === null && endIso === null && !custom) return setError(null)
    const result = withRange(view, startIso, endIso)
    if (!result.ok) return setError(result.message)
    setError(null)
    onChange(result.view)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit()
  }

  return (
    <div className="time-range">
      <label className="filter-field">
        <span>Period</span>
        <select
          value={periodValue}
          onChange={(event) => {
            const value = event.target.value
            if (value === CUSTOM) return
            onChange(withPeriod(view, value === 'all' ? null : (value as Period)))
          }}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {PERIOD_LABELS[period]}
            </option>
          ))}
          <option value="all">All time</option>
          {custom ? <option value={CUSTOM}>Custom range</option> : null}
        </select>
      </label>
      <fieldset
        className="range-fields"
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) commit()
        }}
      >
        <legend className="visually-hidden">Custom range in {timeZone}</legend>
        <label className="filter-field">
          <span>Start ({timeZone})</span>
          <input
            type="datetime-local"
            step={1}
            value={start}
            onChange={(event) => setStart(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
        <label className="filter-field">
          <span>End ({timeZone})</span>
          <input
            type="datetime-local"
            step={1}
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </label>
      </fieldset>
      {!custom && view.period !== null && presetStart !== null ? (
        <p className="range-words">
          {PERIOD_LABELS[view.period]}: from {formatDateTime(presetStart, timeZone)} until now
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

import { useId, useState, type KeyboardEvent } from 'react'
import { formatDateTime } from '#domain/format-time'
import { PERIOD_LABELS, PERIODS, type CallsViewState, type Period } from '../url-state/calls-url-state'
import { withPeriod, withRange } from '../url-state/view-transitions'
import { formatRangeText, parseRangeText, RANGE_TEXT_FORMAT } from './range-text'

type Props = {
  view: CallsViewState
  timeZone: string
  /** The start the feed actually uses for a preset (presets are relative to when the view loaded). */
  presetStart: string | null
  onChange: (view: CallsViewState) => void
}

/** Shown while a start/end range applies; parseCallsView reads a submitted `period=custom` as "the range". */
const CUSTOM = 'custom'

/**
 * Period presets and an absolute Start/End to the second, both in the chosen zone, typed as text
 * ("2026-11-20 14:00"): one Tab stop per bound (see range-text.ts). Switching the zone re-renders the
 * fields with the same instants in the new zone's wall-clock time. A typed range is applied when focus
 * leaves the Start/End group or on Enter, not on every keystroke. The preset's actual start is the
 * period's description (and tooltip) rather than a line of its own, so the filters stay one row.
 */
export function TimeRange(props: Props) {
  // Drafts restart whenever the applied range or the zone changes.
  const key = `${props.view.start}|${props.view.end}|${props.timeZone}`
  return <TimeRangeFields key={key} {...props} />
}

function TimeRangeFields({ view, timeZone, presetStart, onChange }: Props) {
  const id = useId()
  const [start, setStart] = useState(view.start ? formatRangeText(view.start, timeZone) : '')
  const [end, setEnd] = useState(view.end ? formatRangeText(view.end, timeZone) : '')
  const [error, setError] = useState<string | null>(null)
  const custom = view.start !== null || view.end !== null
  const periodValue = custom ? CUSTOM : (view.period ?? 'all')

  const commit = () => {
    const startIso = start.trim() === '' ? null : parseRangeText(start, timeZone)
    const endIso = end.trim() === '' ? null : parseRangeText(end, timeZone)
    if ((start.trim() !== '' && startIso === null) || (end.trim() !== '' && endIso === null)) {
      setError(`Enter a date and time as ${RANGE_TEXT_FORMAT}, for example 2026-11-20 14:00.`)
      return
    }
    if (startIso === view.start && endIso === view.end) return setError(null)
    if (startIso === null && endIso === null && !custom) return setError(null)
    const result = withRange(view, startIso, endIso)
    if (!result.ok) return setError(result.message)
    setError(null)
    onChange(result.view)
  }
  // Enter applies the range (or says what is wrong with it) rather than submitting the whole form;
  // before hydration there is no handler and Enter submits the filter bar's form natively.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    commit()
  }

  const presetWords =
    !custom && view.period !== null && presetStart !== null
      ? `${PERIOD_LABELS[view.period]}: from ${formatDateTime(presetStart, timeZone)} until now`
      : null
  const described = [error ? `${id}-error` : null, `${id}-format`].filter(Boolean).join(' ')

  return (
    <div className="time-range">
      <label className="filter-compact" title={presetWords ?? undefined}>
        <span className="visually-hidden">Period</span>
        <select
          name="period"
          value={periodValue}
          aria-describedby={presetWords ? `${id}-preset` : undefined}
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
      {presetWords ? (
        <span id={`${id}-preset`} className="visually-hidden">
          {presetWords}
        </span>
      ) : null}
      <fieldset
        className="range-fields"
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) commit()
        }}
      >
        <legend className="visually-hidden">Custom range in {timeZone}</legend>
        <span id={`${id}-format`} className="visually-hidden">
          {RANGE_TEXT_FORMAT}
        </span>
        <RangeField
          name="start"
          label={`Start (${timeZone})`}
          placeholder="YYYY-MM-DD HH:MM"
          value={start}
          invalid={error !== null}
          describedBy={described}
          onChange={setStart}
          onKeyDown={onKeyDown}
        />
        <span aria-hidden="true">–</span>
        <RangeField
          name="end"
          label={`End (${timeZone})`}
          placeholder="YYYY-MM-DD HH:MM"
          value={end}
          invalid={error !== null}
          describedBy={described}
          onChange={setEnd}
          onKeyDown={onKeyDown}
        />
      </fieldset>
      {error ? (
        <p className="field-error filter-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

type FieldProps = {
  /** The URL parameter: a native submission sends the typed text, which parseCallsView reads. */
  name: 'start' | 'end'
  label: string
  placeholder: string
  value: string
  invalid: boolean
  describedBy: string
  onChange: (value: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
}

function RangeField({
  name,
  label,
  placeholder,
  value,
  invalid,
  describedBy,
  onChange,
  onKeyDown,
}: FieldProps) {
  return (
    <label className="filter-compact" title={label}>
      <span className="visually-hidden">{label}</span>
      <input
        type="text"
        name={name}
        className="range-input"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </label>
  )
}

import { useId, useMemo, useState } from 'react'
import { supportedTimeZones } from '#domain/time-zone'
import { useBrowserZone } from '#lib/render-zone'

type Props = {
  /** The `tz` URL value; null means the browser's zone. */
  value: string | null
  onChange: (tz: string | null) => void
  /** Class of the wrapper (label above the select), so each page lays it out with its other fields. */
  className?: string
  /** The select's form field name (`tz`), when it belongs to a form that can be submitted natively. */
  name?: string
}

/**
 * The zones offered before the select is first used: a few common ones. The full list (about 400 zones
 * from Intl) is built when the select gets focus or a pointer (before its list opens), so first paint
 * renders a dozen options instead of hundreds.
 */
const COMMON_ZONES = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
]

/**
 * Which clock every time on a page is shown and typed in: the browser's, UTC, or any IANA zone the
 * browser knows. The choice lives in the URL as `tz` (see ../lib/use-time-zone.ts).
 */
export function TimeZoneSelect({ value, onChange, className, name }: Props) {
  const id = useId()
  const browserZone = useBrowserZone()
  const [full, setFull] = useState(false)
  const zones = useMemo(
    () => (full ? supportedTimeZones() : COMMON_ZONES).filter((zone) => zone !== 'UTC'),
    [full],
  )
  const showFull = () => setFull(true)
  return (
    <div className={className}>
      <label htmlFor={id}>Time zone</label>
      <select
        id={id}
        name={name}
        value={value ?? ''}
        onFocus={showFull}
        onPointerDown={showFull}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">Browser ({browserZone})</option>
        <option value="UTC">UTC</option>
        {value !== null && value !== 'UTC' && !zones.includes(value) ? (
          <option value={value}>{value}</option>
        ) : null}
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </div>
  )
}

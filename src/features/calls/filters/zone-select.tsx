import { useMemo } from 'react'
import { browserTimeZone, supportedTimeZones } from '../../../lib/time-zone'

type Props = {
  /** The URL's zone, or null for the browser's. */
  value: string | null
  onChange: (tz: string | null) => void
}

const BROWSER = ''

/** Browser zone, UTC, or any IANA zone the browser knows; it lives in the URL as `tz`. */
export function ZoneSelect({ value, onChange }: Props) {
  const zones = useMemo(() => supportedTimeZones().filter((zone) => zone !== 'UTC'), [])
  const browser = browserTimeZone()
  return (
    <label className="filter-field">
      <span>Time zone</span>
      <select value={value ?? BROWSER} onChange={(event) => onChange(event.target.value || null)}>
        <option value={BROWSER}>Browser ({browser})</option>
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
    </label>
  )
}

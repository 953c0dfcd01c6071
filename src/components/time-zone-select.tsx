import { useId, useMemo } from 'react'
import { supportedTimeZones } from '../domain/time-zone'
import { useBrowserZone } from '../lib/render-zone'

type Props = {
  /** The `tz` URL value; null means the browser's zone. */
  value: string | null
  onChange: (tz: string | null) => void
  /** Class of the wrapper (label above the select), so each page lays it out with its other fields. */
  className?: string
}

/**
 * Which clock every time on a page is shown and typed in: the browser's, UTC, or any IANA zone the
 * browser knows. The choice lives in the URL as `tz` (see ../lib/use-time-zone.ts).
 */
export function TimeZoneSelect({ value, onChange, className }: Props) {
  const id = useId()
  const browserZone = useBrowserZone()
  const zones = useMemo(() => supportedTimeZones().filter((zone) => zone !== 'UTC'), [])
  return (
    <div className={className}>
      <label htmlFor={id}>Time zone</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
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

import { useId, useMemo } from 'react'
import { browserTimeZone, supportedTimeZones } from '../../../lib/time-zone'

type Props = {
  /** The `tz` URL value; null means the browser's zone. */
  value: string | null
  onChange: (tz: string | null) => void
}

/** Which clock every time on the page is shown and typed in: the browser's, UTC or any IANA zone. */
export function ZoneSelect({ value, onChange }: Props) {
  const id = useId()
  const zones = useMemo(() => supportedTimeZones(), [])
  return (
    <div className="ev-field">
      <label htmlFor={id}>Time zone</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Browser ({browserTimeZone()})</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </div>
  )
}

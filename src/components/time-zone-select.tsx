import { useId, useMemo } from 'react'
import { supportedTimeZones } from '../domain/time-zone'
import { useBrowserTimeZone, useHydrated } from '../lib/use-hydrated'

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
 * Which clock every time on a page is shown and typed in: the browser's, UTC, or any IANA zone the
 * browser knows. The choice lives in the URL as `tz` (see ../lib/use-time-zone.ts).
 */
export function TimeZoneSelect({ value, onChange, className, name }: Props) {
  const id = useId()
  // Not known on the server: the option names the zone once the page has hydrated.
  const browserZone = useBrowserTimeZone()
  // The server's Intl knows another list of zones than the browser's: until hydrated, the choices are
  // the browser's zone, UTC and the current one, so both render the same options.
  const hydrated = useHydrated()
  const zones = useMemo(
    () => (hydrated ? supportedTimeZones().filter((zone) => zone !== 'UTC') : []),
    [hydrated],
  )
  return (
    <div className={className}>
      <label htmlFor={id}>Time zone</label>
      <select
        id={id}
        name={name}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{browserZone ? `Browser (${browserZone})` : 'Browser'}</option>
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

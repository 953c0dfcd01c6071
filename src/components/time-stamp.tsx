import { formatDateTime, formatTimeOfDay } from '#domain/format-time'

type Props = {
  /** ISO instant. */
  iso: string
  timeZone: string
  /** The provider's value as sent (e.g. Telnyx microseconds), shown on hover. */
  raw?: string | null
  /** Only the time of day (for timelines inside one day). */
  timeOnly?: boolean
}

/** A time you cannot misread: the zone is always printed; hovering shows UTC and the provider's raw value. */
export function TimeStamp({ iso, timeZone, raw, timeOnly = false }: Props) {
  const shown = timeOnly ? formatTimeOfDay(iso, timeZone) : formatDateTime(iso, timeZone)
  const utc = formatDateTime(iso, 'UTC')
  const title = raw && raw !== iso ? `${utc}\nProvider value: ${raw}` : utc
  return (
    <time dateTime={iso} title={title} className="time-stamp">
      {shown}
    </time>
  )
}

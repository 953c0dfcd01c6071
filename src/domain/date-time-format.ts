/** The shapes of date and time the app formats, each on a 24-hour clock. */
const PRESETS = {
  /** A date and a time to the second. */
  dateAndTime: {
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
  time: { hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  /** The zone's short name at an instant ("CET", "GMT+1"). */
  zoneName: { timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateTimePreset = keyof typeof PRESETS

const cache = new Map<string, Intl.DateTimeFormat>()

/**
 * One Intl.DateTimeFormat per locale, zone and shape, kept for the process: building one costs far more
 * than using one, and lists and exports format every row (a server profile of 45 renders of /calls had
 * 123 ms of self time in formatDayWithZone while it built one per call). The key is three short strings,
 * since it is made on every call.
 */
export function dateTimeFormat(
  locale: 'en-US' | 'en-CA',
  timeZone: string,
  preset: DateTimePreset,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${preset}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...PRESETS[preset] })
    cache.set(key, format)
  }
  return format
}

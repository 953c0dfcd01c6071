const cache = new Map<string, Intl.DateTimeFormat>()

/**
 * One Intl.DateTimeFormat per locale and options, kept for the process: building one costs far more than
 * using one, and lists and exports format every row (a server profile of 45 renders of /calls had 123 ms
 * of self time in formatDayWithZone while it built one per call). Options are read in the order written,
 * so a caller passes them the same way each time.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    cache.set(key, format)
  }
  return format
}

/** The fields of a date and a time to the second, on a 24-hour clock. */
export const DATE_AND_TIME = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
} as const satisfies Intl.DateTimeFormatOptions

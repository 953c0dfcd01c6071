import { dateTimeFormat } from './date-time-format'

/**
 * Time-zone arithmetic on top of Intl, without a date library. Everything the UI shows or accepts is
 * interpreted in one explicit zone (browser, UTC or any IANA zone) so a time can never be misread.
 */

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', timeZone, 'dateAndTime')
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

let browserZone: { zone: string; at: number } | null = null

/**
 * The browser's zone. Asking Intl builds a formatter each time, and the calls page asks on every
 * render, so the answer is kept for a minute (long enough to be free, short enough to follow a laptop
 * that changes zone).
 */
export function browserTimeZone(): string {
  const now = Date.now()
  if (browserZone === null || now - browserZone.at > 60_000) {
    browserZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now }
  }
  return browserZone.zone
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** Offset of `timeZone` from UTC at `epochMs`, in minutes (Berlin in winter: +60). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `2026-11-20T16:00:00` for an instant, as a clock in `timeZone` shows it (the value of a datetime-local input). */
export function toZonedInputValue(iso: string, timeZone: string): string {
  const w = wallClock(Date.parse(iso), timeZone)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * Interprets a wall-clock value typed in `timeZone` and returns the UTC instant (ISO), or null when the
 * value is malformed. Times skipped by a DST jump resolve forwards, repeated times to the first one.
 */
export function fromZonedInputValue(value: string, timeZone: string): string | null {
  const m = LOCAL_PATTERN.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const naive = Date.UTC(year, month - 1, day, hour, minute, second)
  if (Number.isNaN(naive) || new Date(naive).getUTCDate() !== day) return null
  // Two passes converge for every real zone: the offset at the guessed instant, then at the corrected one.
  let guess = naive - zoneOffsetMinutes(naive, timeZone) * 60_000
  guess = naive - zoneOffsetMinutes(guess, timeZone) * 60_000
  return new Date(guess).toISOString()
}

/** Short zone name at an instant: "UTC", "CET", "GMT+1", "EST". */
export function zoneAbbreviation(iso: string, timeZone: string): string {
  const formatter = dateTimeFormat('en-US', timeZone, 'zoneName')
  const part = formatter.formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')
  return part?.value ?? timeZone
}

/** Every IANA zone the browser knows, for the zone picker. */
export function supportedTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return zones.includes('UTC') ? zones : ['UTC', ...zones]
}

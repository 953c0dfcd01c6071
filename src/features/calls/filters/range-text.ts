import { fromZonedInputValue, toZonedInputValue } from '#domain/time-zone'

/** What the Start/End fields accept; the hint each field is described by. */
export const RANGE_TEXT_FORMAT = 'YYYY-MM-DD HH:MM[:SS]'

// A date, optionally a time to the minute or second, separated by a space or ISO's "T".
const RANGE_TEXT = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?)?$/

/**
 * The instant (ISO) a typed bound means in `timeZone`, or null when it is not a real date and time.
 * One text field per bound replaces datetime-local, whose seven segments and picker button cost Chromium
 * users 8 Tab stops per bound (issue #14 item 4); the table shows times the same way, so a time can be
 * copied from a row into the field.
 */
export function parseRangeText(text: string, timeZone: string): string | null {
  const m = RANGE_TEXT.exec(text.trim())
  if (!m) return null
  const [, date, time = '00:00', seconds = ':00'] = m
  const [hour, minute, second] = `${time}${seconds}`.split(':').map(Number) as [number, number, number]
  // Date.UTC would roll 25:00 into the next day; a typo must be an error, not another instant.
  if (hour > 23 || minute > 59 || second > 59) return null
  return fromZonedInputValue(`${date}T${time}${seconds}`, timeZone)
}

/** `2026-11-20 14:00:05`: an instant as the field shows it in `timeZone`. */
export function formatRangeText(iso: string, timeZone: string): string {
  return toZonedInputValue(iso, timeZone).replace('T', ' ')
}

/**
 * Time helpers shared by the adapters. Providers send ISO 8601 instants with different precisions
 * (Telnyx keeps microseconds, others milliseconds or seconds); the common model stores every instant as
 * `Date.toISOString()` output so that plain string comparison sorts correctly across sources, and keeps
 * the provider's own spelling next to it for display.
 */

/** An ISO 8601 date-time with an explicit zone, as every provider documents its timestamps. */
export const ISO_INSTANT_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/** True when `value` is an ISO instant that `Date` can read. */
export function isIsoInstant(value: string): boolean {
  return ISO_INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value))
}

/** Normalises a provider instant to `YYYY-MM-DDTHH:mm:ss.sssZ`, or null when it cannot be read. */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (value === null || value === undefined || !ISO_INSTANT_PATTERN.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/**
 * Whole seconds from `from` to `to` (both normalised ISO instants), or null when either is missing or
 * the provider's times run backwards: a negative duration is a data problem, never a duration.
 */
export function secondsBetween(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null
  const ms = Date.parse(to) - Date.parse(from)
  if (!Number.isFinite(ms) || ms < 0) return null
  return Math.round(ms / 1000)
}

/** A provider's count of seconds, kept only when it is a finite, non-negative number. */
export function nonNegativeSeconds(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return null
  return value
}

/** Subtracts `ms` from a normalised ISO instant. */
export function shiftIso(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString()
}

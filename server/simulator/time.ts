/**
 * The simulator keeps every instant as integer microseconds since the epoch (Telnyx reports
 * microseconds; the other providers get milliseconds or seconds cut from the same value).
 */
export const US_PER_MS = 1000
export const US_PER_SEC = 1_000_000
export const US_PER_MIN = 60 * US_PER_SEC
export const US_PER_HOUR = 60 * US_PER_MIN
export const US_PER_DAY = 24 * US_PER_HOUR

export function msToUs(ms: number): number {
  return Math.round(ms * US_PER_MS)
}

function base(us: number): string {
  return new Date(Math.floor(us / US_PER_MS)).toISOString().slice(0, 19)
}

/** `2026-11-20T14:03:22.123456Z`, as Telnyx writes occurred_at. */
export function isoMicros(us: number): string {
  const frac = String(((us % US_PER_SEC) + US_PER_SEC) % US_PER_SEC).padStart(6, '0')
  return `${base(us)}.${frac}Z`
}

/** `2026-11-20T14:03:22.123Z`. */
export function isoMillis(us: number): string {
  return new Date(Math.floor(us / US_PER_MS)).toISOString()
}

/** `2026-11-20T14:03:22Z`, as the Leadping doc samples write date-times. */
export function isoSeconds(us: number): string {
  return `${base(us)}Z`
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Parses an ISO 8601 date or date-time into microseconds, keeping sub-millisecond digits. A date-time
 * without an offset is read as UTC. Returns null for anything else.
 */
export function parseIsoToUs(text: string): number | null {
  const m = ISO_RE.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = m
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (Number.isNaN(ms)) return null
  const check = new Date(ms)
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null
  let offsetMin = 0
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)))
  }
  const micros = Number((frac + '000000').slice(0, 6))
  return (ms - offsetMin * 60_000) * US_PER_MS + micros
}

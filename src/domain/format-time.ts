import { dateTimeFormat } from './date-time-format'
import { zoneAbbreviation } from './time-zone'

/** "2026-11-20 14:03:22 CET": date, time to the second, and always the zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const text = dateTimeFormat('en-CA', timeZone, 'dateAndTime').format(date).replace(',', '')
  return `${text} ${zoneAbbreviation(iso, timeZone)}`
}

/** "14:03:22 CET" for times inside one day (timelines). */
export function formatTimeOfDay(iso: string, timeZone: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${dateTimeFormat('en-CA', timeZone, 'time').format(date)} ${zoneAbbreviation(iso, timeZone)}`
}

/** "1:02:03", "4:05", "0:07": durations as people read them on call logs. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—'
  const total = Math.max(0, Math.round(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/** "+2.4 s", "+1 min 05 s": the gap between two timeline steps. */
export function formatGap(ms: number): string {
  const sign = ms < 0 ? '−' : '+'
  const abs = Math.abs(ms)
  if (abs < 1000) return `${sign}${abs} ms`
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(1)} s`
  const min = Math.floor(abs / 60_000)
  const sec = Math.round((abs % 60_000) / 1000)
  return `${sign}${min} min ${String(sec).padStart(2, '0')} s`
}

/** "3 days ago", "5 minutes ago": relative to a given now, for empty states and live markers. */
export function formatRelative(iso: string, now: Date): string {
  const diff = now.getTime() - Date.parse(iso)
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
  const abs = Math.abs(diff)
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
    ['second', 1000],
  ]
  for (const [unit, size] of units) {
    if (abs >= size || unit === 'second') return rtf.format(-Math.round(diff / size), unit)
  }
  return iso
}

/** "2026-11-05 UTC": the calendar day in the zone, with the zone (for "history since …"). */
export function formatDayWithZone(iso: string, timeZone: string): string {
  const day = dateTimeFormat('en-CA', timeZone, 'day').format(new Date(iso))
  return `${day} ${zoneAbbreviation(iso, timeZone)}`
}

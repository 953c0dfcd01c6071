/** "11 s", "4 min 05 s", "1 h 23 min", "2 d 3 h": an elapsed time in words that fit a header. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`
  return `${Math.floor(hours / 24)} d ${hours % 24} h`
}

/** "+2.4 s", "+4 min 05 s", "+1 h 27 min", "+7 d 17 h": the gap between two steps, never a pile of minutes. */
export function formatStepGap(ms: number): string {
  const sign = ms < 0 ? '−' : '+'
  const abs = Math.abs(ms)
  if (abs < 1000) return `${sign}${abs} ms`
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(1)} s`
  return `${sign}${formatElapsed(abs)}`
}

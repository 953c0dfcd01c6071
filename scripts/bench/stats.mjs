// Small statistics over repeated runs. A run that could not measure (null) is counted, not averaged in.

const round = (value, digits = 1) => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null
}

/** median/min/max of the numeric samples; `missing` counts runs that produced no figure. */
export function summarize(samples, digits = 1) {
  const values = samples.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  const missing = samples.length - values.length
  if (values.length === 0) return { median: null, min: null, max: null, runs: samples.length, missing }
  const mid = Math.floor(values.length / 2)
  const median = values.length % 2 ? values[mid] : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2
  return {
    median: round(median, digits),
    min: round(values[0] ?? 0, digits),
    max: round(values[values.length - 1] ?? 0, digits),
    runs: samples.length,
    missing,
  }
}

export { round }

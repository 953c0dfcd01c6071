// Small statistics over repeated runs. A run that could not measure (null) is counted, not averaged in.

const round = (value: number, digits = 1): number => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? null
}

export type Summary = {
  median: number | null
  min: number | null
  max: number | null
  runs: number
  missing: number
}

/** median/min/max of the numeric samples; `missing` counts runs that produced no figure. */
export function summarize(samples: readonly unknown[], digits = 1): Summary {
  const values = samples
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b)
  const missing = samples.length - values.length
  if (values.length === 0) return { median: null, min: null, max: null, runs: samples.length, missing }
  const mid = Math.floor(values.length / 2)
  const median = values.length % 2 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2
  return {
    median: round(median, digits),
    min: round(values[0] ?? 0, digits),
    max: round(values[values.length - 1] ?? 0, digits),
    runs: samples.length,
    missing,
  }
}

export { round }

import type { CallStatus } from './call'
import { fromZonedInputValue, toZonedInputValue, zoneOffsetMinutes } from './time-zone'
import { emptyCounts, outcomeGroup, type OutcomeCounts } from './outcome-groups'

/**
 * Bucketing for the volume chart. Buckets are aligned to the chosen zone's clock: an hour bucket starts
 * where that zone's clock reads :00 (so Kolkata's start at :30 UTC), a day bucket at that zone's
 * midnight, which makes a DST day 23 or 25 hours long and gives a repeated autumn hour two buckets.
 */

export type Granularity = 'hour' | 'day'
/** The period the chart covers: [start, end) in epoch milliseconds. */
export type ChartWindow = { start: number; end: number }
export type Bucket = { start: number; end: number }
export type BucketCounts = Bucket & { counts: OutcomeCounts; total: number }

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
/**
 * Without a start (the "all time" view) the chart covers the 30 days before the end: an open period can
 * reach years back, and a month is what a volume chart is read for. The panel says so.
 */
export const DEFAULT_SPAN_MS = 30 * DAY_MS
/** Up to three days, hours (at most 72 bars); longer periods are counted per day. */
const HOURLY_UP_TO_MS = 3 * DAY_MS

export function chartWindow(start: string | null, end: string | null, now: Date): ChartWindow {
  const endMs = end === null ? now.getTime() : Date.parse(end)
  const startMs = start === null ? endMs - DEFAULT_SPAN_MS : Date.parse(start)
  return { start: startMs, end: endMs }
}

export function chooseGranularity(window: ChartWindow): Granularity {
  return window.end - window.start <= HOURLY_UP_TO_MS ? 'hour' : 'day'
}

const mod = (a: number, b: number) => ((a % b) + b) % b

/** The start of the zone's clock hour that contains `ms`. */
function floorToHour(ms: number, timeZone: string): number {
  const offsetMs = zoneOffsetMinutes(ms, timeZone) * 60_000
  return ms - mod(ms + offsetMs, HOUR_MS)
}

/** The zone's next clock hour after `hourStart` (re-aligned when a zone shifts by a part of an hour). */
function nextHour(hourStart: number, timeZone: string): number {
  const next = hourStart + HOUR_MS
  const misalignment = mod(next + zoneOffsetMinutes(next, timeZone) * 60_000, HOUR_MS)
  return next - misalignment > hourStart ? next - misalignment : next
}

function dayStartOf(date: string, timeZone: string): number {
  const iso = fromZonedInputValue(`${date}T00:00:00`, timeZone)
  return iso === null ? Number.NaN : Date.parse(iso)
}

function localDate(ms: number, timeZone: string): string {
  return toZonedInputValue(new Date(ms).toISOString(), timeZone).slice(0, 10)
}

function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Consecutive buckets covering the window; the first and last may reach outside it. */
export function bucketBoundaries(window: ChartWindow, granularity: Granularity, timeZone: string): Bucket[] {
  const buckets: Bucket[] = []
  if (!(window.end > window.start)) return buckets
  if (granularity === 'hour') {
    for (let start = floorToHour(window.start, timeZone); start < window.end;) {
      const end = nextHour(start, timeZone)
      buckets.push({ start, end })
      start = end
    }
    return buckets
  }
  let date = localDate(window.start, timeZone)
  for (let start = dayStartOf(date, timeZone); start < window.end;) {
    date = addDays(date, 1)
    const end = dayStartOf(date, timeZone)
    buckets.push({ start, end })
    start = end
  }
  return buckets
}

/** Index of the bucket holding `ms`, or -1 outside them all (buckets are sorted and contiguous). */
export function bucketIndexAt(buckets: readonly Bucket[], ms: number): number {
  let low = 0
  let high = buckets.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const bucket = buckets[middle]
    if (bucket === undefined) return -1
    if (ms < bucket.start) high = middle - 1
    else if (ms >= bucket.end) low = middle + 1
    else return middle
  }
  return -1
}

export type CountableCall = { occurredAt: string; status: CallStatus }

/** Counts calls inside the window per bucket and outcome; calls outside the window are left out. */
export function countCalls(
  buckets: readonly Bucket[],
  calls: readonly CountableCall[],
  window: ChartWindow,
): { buckets: BucketCounts[]; counted: number } {
  const result: BucketCounts[] = buckets.map((bucket) => ({ ...bucket, counts: emptyCounts(), total: 0 }))
  let counted = 0
  for (const call of calls) {
    const at = Date.parse(call.occurredAt)
    if (!(at >= window.start && at < window.end)) continue
    const target = result[bucketIndexAt(buckets, at)]
    if (target === undefined) continue
    target.counts[outcomeGroup(call.status)] += 1
    target.total += 1
    counted += 1
  }
  return { buckets: result, counted }
}

import { zoneAbbreviation } from '#domain/time-zone'
import type { Bucket, BucketCounts, Granularity } from '#domain/volume-buckets'
import { OUTCOME_GROUPS, OUTCOME_LABELS } from '#domain/outcome-groups'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string, kind: 'day' | 'time' | 'short-day'): Intl.DateTimeFormat {
  const key = `${timeZone}|${kind}`
  let value = formatters.get(key)
  if (!value) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : kind === 'day'
          ? { weekday: 'short', month: 'short', day: 'numeric' }
          : { month: 'short', day: 'numeric' }
    value = new Intl.DateTimeFormat('en-US', { ...options, timeZone })
    formatters.set(key, value)
  }
  return value
}

const zone = (ms: number, timeZone: string) => zoneAbbreviation(new Date(ms).toISOString(), timeZone)

/** "Fri, Nov 20, 14:00–15:00 UTC" or "Fri, Nov 20 (UTC)": a bucket as the zone's clock shows it. */
export function bucketLabel(bucket: Bucket, granularity: Granularity, timeZone: string): string {
  const day = formatter(timeZone, 'day').format(bucket.start)
  if (granularity === 'day') return `${day} (${zone(bucket.start, timeZone)})`
  const from = formatter(timeZone, 'time').format(bucket.start)
  const to = formatter(timeZone, 'time').format(bucket.end)
  return `${day}, ${from}–${to} ${zone(bucket.start, timeZone)}`
}

/** The time axis: hours read "14:00" with the date at the first bar and at midnight, days "Nov 20". */
export function tickLabel(
  bucket: Bucket,
  granularity: Granularity,
  timeZone: string,
  first: boolean,
): string {
  const day = formatter(timeZone, 'short-day').format(bucket.start)
  if (granularity === 'day') return day
  const time = formatter(timeZone, 'time').format(bucket.start)
  return first || time === '00:00' ? `${day} ${time}` : time
}

export function countsSentence(counts: BucketCounts['counts'], total: number): string {
  const calls = total === 1 ? '1 call' : `${total.toLocaleString('en-US')} calls`
  if (total === 0) return calls
  const parts = OUTCOME_GROUPS.filter((group) => counts[group] > 0).map(
    (group) => `${counts[group].toLocaleString('en-US')} ${OUTCOME_LABELS[group].toLowerCase()}`,
  )
  return `${calls}: ${parts.join(', ')}`
}

/** The chart's accessible name: what it shows, how many calls, and its busiest bar. */
export function volumeSummary(
  buckets: readonly BucketCounts[],
  counted: number,
  granularity: Granularity,
  timeZone: string,
): string {
  const first = buckets[0]
  const last = buckets.at(-1)
  if (first === undefined || last === undefined) return 'Call volume: no bars'
  const busiest = buckets.reduce((top, bucket) => (bucket.total > top.total ? bucket : top), first)
  const span = `${bucketLabel(first, granularity, timeZone)} to ${bucketLabel(last, granularity, timeZone)}`
  const calls = counted === 1 ? '1 call' : `${counted.toLocaleString('en-US')} calls`
  const peak =
    busiest.total > 0
      ? `; busiest ${granularity}: ${bucketLabel(busiest, granularity, timeZone)} with ${busiest.total.toLocaleString('en-US')}`
      : ''
  return `Calls per ${granularity}, stacked by outcome, ${span}: ${calls}${peak}.`
}

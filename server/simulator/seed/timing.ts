import type { Rng } from '../prng'
import { US_PER_DAY, US_PER_HOUR, US_PER_SEC } from '../time'

/**
 * When calls happen: mostly business hours (the company is on US Eastern time, UTC-5), with morning
 * and afternoon peaks, quiet weekends and a trickle at night.
 */
const HOUR_WEIGHTS = [
  0.04, 0.03, 0.02, 0.02, 0.02, 0.04, 0.1, 0.35, 0.9, 1.6, 2.0, 2.0, 1.2, 1.5, 1.9, 1.8, 1.4, 0.8, 0.45, 0.3,
  0.2, 0.12, 0.08, 0.05,
]
const HOURS = HOUR_WEIGHTS.map((_, i) => i)
/** Sunday = 0 … Saturday = 6 (local time). */
const WEEKDAY_WEIGHTS = [0.15, 1, 1, 1, 1, 0.95, 0.35]
const TZ_OFFSET_US = -5 * US_PER_HOUR

/** A random instant in the `days` days before `endUs`, shaped by the weights above. */
export function sampleBusinessInstant(rng: Rng, endUs: number, days: number): number {
  for (;;) {
    const dayBack = rng.int(0, days)
    const localMidnight = Math.floor((endUs + TZ_OFFSET_US) / US_PER_DAY) * US_PER_DAY - dayBack * US_PER_DAY
    const weekday = new Date(localMidnight / 1000).getUTCDay()
    if (!rng.chance(WEEKDAY_WEIGHTS[weekday] ?? 1)) continue
    const hour = rng.weighted(HOURS, HOUR_WEIGHTS)
    const us = localMidnight - TZ_OFFSET_US + hour * US_PER_HOUR + Math.floor(rng.next() * US_PER_HOUR)
    if (us < endUs && us > endUs - (days + 0.0) * US_PER_DAY) return us
  }
}

/** `count` sorted start instants over the `days` days before `endUs`. */
export function sampleStarts(rng: Rng, count: number, endUs: number, days: number): Float64Array {
  const out = new Float64Array(count)
  for (let i = 0; i < count; i++) out[i] = sampleBusinessInstant(rng, endUs, days)
  return out.sort()
}

/** Seconds to microseconds with a random sub-second part, so timestamps look measured, not round. */
export function jitterSec(rng: Rng, seconds: number): number {
  return Math.round(seconds * US_PER_SEC + rng.next() * 900_000)
}

import type { Db } from '../db'
import { createRng, mix, type Rng } from '../prng'

/** What every seeder gets: the database, the seed, the volume multiplier and the anchor instant. */
export type SeedContext = {
  db: Db
  seed: number
  scale: number
  /** The "now" the data is seeded around, in microseconds. */
  anchorUs: number
}

/** Stream ids keep each seeder's random stream independent, so changing one never shifts another. */
export const STREAM = {
  world: 1,
  telnyx: 2,
  leadping: 3,
  skipcall: 4,
  callingbox: 5,
  live: 6,
} as const

export function streamRng(ctx: Pick<SeedContext, 'seed'>, stream: number, ...more: number[]): Rng {
  return createRng(mix(ctx.seed, stream, ...more))
}

/** Scales a base count, keeping at least `min`. */
export function scaled(ctx: Pick<SeedContext, 'scale'>, base: number, min = 1): number {
  return Math.max(min, Math.round(base * ctx.scale))
}

/**
 * A small, fast, seedable PRNG (mulberry32) and the helpers the seed needs. The simulator never calls
 * Math.random: every value it invents comes from one of these generators, so the same seed always
 * produces the same world.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Picks by weight; `weights` and `items` have the same length. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** Log-normal-ish positive value around `median`, clamped to [min, max]. */
  skewed(median: number, spread: number, min: number, max: number): number
  /** 32 random bits as an unsigned integer. */
  u32(): number
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes integers into one 32-bit seed (a variant of murmur3's finaliser), for derived streams. */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b)
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35)
    h ^= h >>> 16
    h = (h + Math.floor(part / 4294967296)) >>> 0
  }
  return h >>> 0
}

/** FNV-1a of a string, for seeding streams from names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed)
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    weighted: <T>(items: readonly T[], weights: readonly number[]): T => {
      let total = 0
      for (const w of weights) total += w
      let r = next() * total
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0
        const item = items[i]
        if (r < 0 && item !== undefined) return item
      }
      const last = items[items.length - 1]
      if (last === undefined) throw new Error('weighted pick from an empty list')
      return last
    },
    skewed: (median, spread, min, max) => {
      // Box-Muller on two uniforms gives a normal; exponentiating it gives the long right tail
      // that call durations and gaps have in real logs.
      const u = Math.max(next(), 1e-12)
      const v = next()
      const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
      return Math.min(max, Math.max(min, median * Math.exp(normal * spread)))
    },
    u32: () => Math.floor(next() * 4294967296) >>> 0,
  }
  return rng
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

function hex32(n: number): string {
  return (HEX[(n >>> 24) & 255] ?? '') + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255]
}

/** A version-4-shaped UUID from four 32-bit words. */
export function uuidFromWords(a: number, b: number, c: number, d: number): string {
  const h = hex32(a) + hex32(b) + hex32(c) + hex32(d)
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export function randomUuid(rng: Rng): string {
  return uuidFromWords(rng.u32(), rng.u32(), rng.u32(), rng.u32())
}

/** A UUID that is a pure function of its inputs (used for ids built at read time). */
export function derivedUuid(...parts: number[]): string {
  const a = mix(...parts)
  return uuidFromWords(a, mix(a, 1), mix(a, 2), mix(a, 3))
}

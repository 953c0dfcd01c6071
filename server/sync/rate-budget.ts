import type { Source } from '#domain/call'

/**
 * Requests per window each provider allows the whole account, shared by the sync and the browsers'
 * live reads through the gateway (Leadping documents 300 per 60 s per organization on its rate-limits page;
 * Skipcall 100 per minute on its smallest plan). Telnyx and CallingBox document no account-wide
 * figure; a generous one keeps a runaway loop from hammering them.
 */
export const PROVIDER_LIMITS: Record<Source, { requests: number; windowMs: number }> = {
  telnyx: { requests: 1200, windowMs: 60_000 },
  leadping: { requests: 300, windowMs: 60_000 },
  skipcall: { requests: 100, windowMs: 60_000 },
  callingbox: { requests: 120, windowMs: 60_000 },
}

/** Share of each window the sync leaves to people's live reads (call pages, lead timelines). */
const RESERVED_FOR_PEOPLE = 0.3

export type RateBudget = {
  /** The gateway records every request it forwards; it never waits (people come first). */
  record(source: Source): void
  /** The sync waits until its share of the window has room and any Retry-After has passed. */
  acquire(source: Source, signal?: AbortSignal): Promise<void>
  /** A 429 (or Retry-After) from the provider: nobody in this process asks again before then. */
  pauseUntil(source: Source, untilMs: number): void
  pausedUntil(source: Source): number
}

/** The embedded simulator has no account to protect: its sources are not throttled (429 faults still pause). */
export const UNLIMITED = { requests: 1_000_000, windowMs: 60_000 }

export function createRateBudget(
  limits: Record<Source, { requests: number; windowMs: number }> = PROVIDER_LIMITS,
  now: () => number = Date.now,
): RateBudget {
  const stamps = new Map<Source, number[]>()
  const paused = new Map<Source, number>()
  const recent = (source: Source): number[] => {
    const cutoff = now() - limits[source].windowMs
    const kept = (stamps.get(source) ?? []).filter((t) => t > cutoff)
    stamps.set(source, kept)
    return kept
  }
  return {
    record(source) {
      recent(source).push(now())
    },
    async acquire(source, signal) {
      const share = Math.max(1, Math.floor(limits[source].requests * (1 - RESERVED_FOR_PEOPLE)))
      for (;;) {
        signal?.throwIfAborted()
        const pause = (paused.get(source) ?? 0) - now()
        const used = recent(source)
        const oldest = used[0]
        let waitMs = pause > 0 ? pause : 0
        if (waitMs === 0 && used.length >= share && oldest !== undefined)
          waitMs = oldest + limits[source].windowMs - now() + 1
        if (waitMs <= 0) {
          used.push(now())
          return
        }
        await sleep(Math.min(waitMs, 5_000), signal)
      }
    },
    pauseUntil(source, untilMs) {
      paused.set(source, Math.max(paused.get(source) ?? 0, untilMs))
    },
    pausedUntil: (source) => paused.get(source) ?? 0,
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason as Error)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

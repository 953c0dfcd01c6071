import type { IndexDb } from '../call-index/db'
import { clearFailures, currentFailures, recordFailure } from '../call-index/sign-in-failures'

export type AttemptLimiterOptions = {
  /** The index database the counts live in, shared by every instance (opened on first use). */
  db: () => IndexDb | Promise<IndexDb>
  max: number
  windowMs: number
  now: () => number
}

/**
 * Counts failed sign-ins per client address in a fixed window; after `max` failures that address must
 * wait until the window ends. A success clears its count. Behind a proxy on the same host every client
 * shares one address, so the limit then applies to everyone together, which is the safe direction.
 * The counts are in the index database, so several instances share one limit.
 */
export function createAttemptLimiter(options: AttemptLimiterOptions) {
  return {
    /** Seconds until `key` may try again; 0 when it may try now. */
    async retryAfterSeconds(key: string): Promise<number> {
      const now = options.now()
      const entry = await currentFailures(await options.db(), key, now)
      if (entry === null || entry.count < options.max) return 0
      return Math.max(1, Math.ceil((entry.resetAt - now) / 1000))
    },
    async fail(key: string): Promise<void> {
      await recordFailure(await options.db(), key, options.now(), options.windowMs)
    },
    async succeed(key: string): Promise<void> {
      await clearFailures(await options.db(), key)
    },
  }
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>

const MAX_TRACKED = 10_000

/**
 * Counts failed sign-ins per client address in a fixed window; after `max` failures that address must
 * wait until the window ends. A success clears its count. Behind a proxy on the same host every client
 * shares one address, so the limit then applies to everyone together, which is the safe direction.
 */
export function createAttemptLimiter(options: { max: number; windowMs: number; now: () => number }) {
  const failures = new Map<string, { count: number; resetAt: number }>()

  function current(key: string) {
    const entry = failures.get(key)
    if (entry && entry.resetAt <= options.now()) {
      failures.delete(key)
      return undefined
    }
    return entry
  }

  return {
    /** Seconds until `key` may try again; 0 when it may try now. */
    retryAfterSeconds(key: string): number {
      const entry = current(key)
      if (!entry || entry.count < options.max) return 0
      return Math.max(1, Math.ceil((entry.resetAt - options.now()) / 1000))
    },
    fail(key: string) {
      const entry = current(key) ?? { count: 0, resetAt: options.now() + options.windowMs }
      entry.count += 1
      failures.delete(key)
      failures.set(key, entry)
      // The oldest entries go first once the table is full, so memory stays bounded.
      while (failures.size > MAX_TRACKED) {
        const oldest = failures.keys().next().value
        if (oldest === undefined) break
        failures.delete(oldest)
      }
    },
    succeed(key: string) {
      failures.delete(key)
    },
  }
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>

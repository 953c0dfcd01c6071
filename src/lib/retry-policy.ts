import type { SourceError } from '#domain/feed'

/**
 * What a failed read says about asking again. Provider failures carry it from adapter-kit/describe-error
 * (408, 429, 5xx, no answer, an unreadable body: yes; 4xx: no), the call index's from HttpError.
 */
export type RetryHint = Pick<SourceError, 'retryable' | 'retryAfterSeconds'>

const NO_RETRY: RetryHint = { retryable: false, retryAfterSeconds: null }

/** Automatic retries after the first failure: three attempts in all, about 3 s before the error shows. */
export const AUTO_RETRIES = 2

/**
 * The longest Retry-After waited out automatically. A longer wait is shown instead ("try again in 60 s"):
 * a page on "Loading…" for a minute would look broken.
 */
export const LONGEST_AUTO_WAIT_SECONDS = 5

function carriesHint(error: object): error is RetryHint {
  return 'retryable' in error && typeof error.retryable === 'boolean'
}

/**
 * The error's own hint. A fetch that got no answer may pass (fetch rejects with a TypeError; a TypeError
 * from a bug is retried too, and fails the same way); an abort or any other error will not.
 */
export function retryHint(error: unknown): RetryHint {
  if (typeof error !== 'object' || error === null) return NO_RETRY
  if (carriesHint(error)) {
    const after = error.retryAfterSeconds
    return { retryable: error.retryable, retryAfterSeconds: typeof after === 'number' ? after : null }
  }
  if (error instanceof TypeError) return { retryable: true, retryAfterSeconds: null }
  return NO_RETRY
}

/** Whether asking again can help at all: the error panels offer Retry only then. */
export function retryHelps(error: unknown): boolean {
  return retryHint(error).retryable
}

/** React Query's `retry`: `failureCount` failures so far (0 after the first), `error` the latest. */
export function retryAutomatically(failureCount: number, error: unknown): boolean {
  const { retryable, retryAfterSeconds } = retryHint(error)
  if (!retryable || failureCount >= AUTO_RETRIES) return false
  return retryAfterSeconds === null || retryAfterSeconds <= LONGEST_AUTO_WAIT_SECONDS
}

/** React Query's `retryDelay`: the provider's own Retry-After when it sent one, else 1 s, then 2 s. */
export function retryDelayMs(failureCount: number, error: unknown): number {
  const { retryAfterSeconds } = retryHint(error)
  if (retryAfterSeconds !== null) return retryAfterSeconds * 1000
  return 1000 * 2 ** failureCount
}

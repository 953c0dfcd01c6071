import { HttpError } from './http-error'
import { AUTO_RETRIES } from './retry-policy'
import { SourceFailure } from './source-failure'

/**
 * What a page says while React Query retries a failed read by itself (retry-policy.ts: twice, 1 s and
 * 2 s apart), instead of a bare "Loading…" for about 3 s before the error shows: what failed, and that
 * it is being asked again. Null before any failure.
 */
export function retryingNote(failureCount: number, failureReason: unknown): string | null {
  if (failureCount === 0 || failureReason === null || failureReason === undefined) return null
  const attempt = Math.min(failureCount + 1, AUTO_RETRIES + 1)
  return `${failureWords(failureReason)} Trying again (attempt ${attempt} of ${AUTO_RETRIES + 1})…`
}

/**
 * Provider failures and the index's errors carry plain words. Anything else (a TypeError is retried too:
 * fetch's "no answer", or a bug of ours) is named without guessing which.
 */
function failureWords(error: unknown): string {
  if (error instanceof SourceFailure || error instanceof HttpError) return error.message.replace(/\.?$/, '.')
  return 'The last attempt failed.'
}

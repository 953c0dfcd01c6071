import { retryableStatus } from '#domain/retryable-status'
import type { RetryHint } from './retry-policy'

/**
 * A failed answer of our own server's API (the call index), with the server's message and what the retry
 * policy reads: retryable by status (408, 429, 5xx) unless the caller knows better.
 */
export class HttpError extends Error implements RetryHint {
  override readonly name = 'HttpError'
  readonly retryable: boolean
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterSeconds: number | null = null,
    retryable = retryableStatus(status),
  ) {
    super(message)
    this.retryable = retryable
  }
}

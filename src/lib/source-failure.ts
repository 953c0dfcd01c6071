import type { SourceError } from '#domain/feed'
import type { RetryHint } from './retry-policy'

/**
 * A provider failure thrown by a query, so React Query never caches it as data (leaving and coming back,
 * or Retry, asks the provider again), carrying the adapter's plain words and its retry hint.
 */
export class SourceFailure extends Error implements RetryHint {
  override readonly name = 'SourceFailure'
  constructor(readonly sourceError: SourceError) {
    super(sourceError.message)
  }

  get retryable(): boolean {
    return this.sourceError.retryable
  }

  get retryAfterSeconds(): number | null {
    return this.sourceError.retryAfterSeconds
  }
}

/**
 * An HTTP failure as the SPA sees it: which provider, which status, and a message a person can read.
 * Thrown by every fetcher so that components and the retry policy can tell upstream errors apart.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError'
  constructor(
    message: string,
    readonly status: number,
    readonly provider: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
  }
}

/** Network failures, timeouts, 429 and 5xx may succeed on a second try; 4xx and bad data will not. */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof HttpError) return error.status === 429 || error.status >= 500
  if (error instanceof DOMException && error.name === 'AbortError') return false
  return error instanceof TypeError
}

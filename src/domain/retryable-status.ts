/**
 * HTTP statuses after which the same request may succeed: a timeout, a rate limit, a server error. Read
 * by the adapters (describe-error) and the call index's reader (HttpError) alike.
 */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

/**
 * HTTP statuses after which the same request may succeed: a timeout, a rate limit, a server error. Read
 * by the adapters (describe-error) and the call index's reader (HttpError) alike.
 */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

/**
 * `Retry-After` as seconds or as an HTTP date (RFC 9110): the providers send it (adapter-kit's dialects)
 * and so does our own server (the call index's reader, src/lib/index-client.ts).
 */
export function readRetryAfter(headers: Headers, now: Date): number | null {
  const value = headers.get('retry-after')
  if (value === null) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000))
}

import { SOURCE_LABELS, type Source } from '#domain/call'
import type { ProviderResponse, SourceError } from '#domain/feed'
import { retryableStatus } from '#domain/retryable-status'
import { readGatewayError } from './gateway-error'

/** What one provider contributes: its own error text and, on 429, how long to wait. */
export type ErrorDialect = {
  readMessage: (body: unknown) => string | null
  retryAfterSeconds: (headers: Headers, now: Date) => number | null
}

// The providers' dialects read Retry-After with the one reader the call index's client uses too.
export { readRetryAfter } from '#domain/retryable-status'

function withDetail(sentence: string, detail: string | null): string {
  return detail === null || detail.trim() === '' ? `${sentence}.` : `${sentence}: ${detail}`
}

function gatewaySentence(label: string, status: number, code: string, message: string): string {
  if (code === 'upstream_timeout') return `${label} did not answer in time (${status}).`
  if (code === 'upstream_unreachable') return `${label} could not be reached (${status}).`
  return `${message.trim().replace(/\.$/, '')} (${label}, ${status}).`
}

function statusSentence(
  label: string,
  status: number,
  detail: string | null,
  retryAfter: number | null,
): string {
  if (status === 401) return `${label} rejected the API key (401).`
  if (status === 403)
    return `${label} refused access (403): the key is not allowed to do this, or the plan does not include it.`
  if (status === 404) return `${label} has no such record (404).`
  if (status === 400 || status === 422) return withDetail(`${label} refused the query (${status})`, detail)
  if (status === 413) return `The request to ${label} was too large (413).`
  if (status === 429) {
    const wait = retryAfter === null ? 'in a moment' : `in ${retryAfter} s`
    return `${label} is limiting how fast we can ask (429); try again ${wait}.`
  }
  if (status >= 500) return `${label} had a server error (${status}).`
  return `${label} answered with an unexpected status (${status}).`
}

/** A non-2xx answer, in plain words, with the provider's own message kept next to it. */
export function describeHttpError(
  source: Source,
  response: ProviderResponse,
  dialect: ErrorDialect,
  now: Date,
): SourceError {
  const label = SOURCE_LABELS[source]
  const retryAfterSeconds = response.status === 429 ? dialect.retryAfterSeconds(response.headers, now) : null
  const gateway = readGatewayError(response.body)
  if (gateway !== null) {
    return {
      source,
      status: response.status,
      message: gatewaySentence(label, response.status, gateway.code, gateway.message),
      providerMessage: gateway.message,
      retryable: retryableStatus(response.status),
      retryAfterSeconds,
    }
  }
  const providerMessage = dialect.readMessage(response.body)
  return {
    source,
    status: response.status,
    message: statusSentence(label, response.status, providerMessage, retryAfterSeconds),
    providerMessage,
    retryable: retryableStatus(response.status),
    retryAfterSeconds,
  }
}

/** The request never got an answer: aborted by a timeout, or the network failed. */
export function describeFetchFailure(source: Source, error: unknown): SourceError {
  const label = SOURCE_LABELS[source]
  const name = error instanceof Error ? error.name : ''
  // AbortSignal.timeout() rejects with TimeoutError; a fetcher's own controller with AbortError.
  const timedOut = name === 'TimeoutError' || name === 'AbortError'
  return {
    source,
    status: null,
    message: timedOut ? `${label} did not answer in time.` : `${label} could not be reached.`,
    providerMessage: error instanceof Error ? error.message : null,
    retryable: true,
    retryAfterSeconds: null,
  }
}

/** A 2xx answer whose body could not be read at all (not JSON, truncated, wrong envelope). */
export function describeUnreadableBody(source: Source, status: number, detail: string): SourceError {
  return {
    source,
    status,
    message: `${SOURCE_LABELS[source]} sent a response we could not read (${detail}).`,
    providerMessage: null,
    retryable: true,
    retryAfterSeconds: null,
  }
}

/**
 * The provider's own words when they add something to `message`. The plain sentence already quotes
 * them for a refused query (400/422) and for the gateway's own errors, and a page that showed both
 * would say the same thing twice.
 */
export function providerWordsBeyondMessage(error: SourceError): string | null {
  const words = error.providerMessage?.trim().replace(/\.$/, '') ?? ''
  return words === '' || error.message.includes(words) ? null : error.providerMessage
}

import type { Source } from '#domain/call'
import type { ProviderFetcher, ProviderRequest, ProviderResponse, SourceError } from '#domain/feed'
import {
  describeFetchFailure,
  describeHttpError,
  describeUnreadableBody,
  type ErrorDialect,
} from './describe-error'

export type RequestOutcome =
  | { ok: true; response: ProviderResponse }
  | { ok: false; error: SourceError; response: ProviderResponse | null }

/**
 * Only the caller's own signal makes a failure an abort. A fetcher that gives up by itself (its own
 * timeout, an AbortError of its own controller) did not get an answer: that is reported, not rethrown.
 */
function isAbort(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
}

/**
 * Performs one request and sorts the answer into data or a SourceError in plain words. Aborts are
 * rethrown: the caller cancelled, so there is nothing to report.
 */
export async function performRequest(
  source: Source,
  fetcher: ProviderFetcher,
  request: ProviderRequest,
  dialect: ErrorDialect,
  now: () => Date,
  signal?: AbortSignal,
): Promise<RequestOutcome> {
  let response: ProviderResponse
  try {
    response = await fetcher(request, signal)
  } catch (error) {
    if (isAbort(signal)) throw error
    return { ok: false, error: describeFetchFailure(source, error), response: null }
  }
  if (response.status < 200 || response.status > 299) {
    return { ok: false, error: describeHttpError(source, response, dialect, now()), response }
  }
  if (typeof response.body !== 'object' || response.body === null) {
    const detail = response.body === null ? 'the body was empty' : 'the body is not valid JSON'
    return { ok: false, error: describeUnreadableBody(source, response.status, detail), response }
  }
  return { ok: true, response }
}

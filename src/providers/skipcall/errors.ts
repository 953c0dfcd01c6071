import type { ProviderResponse, SourceError } from '#domain/feed'
import { describeHttpError, readRetryAfter, type ErrorDialect } from '../adapter-kit/describe-error'
import { SkipcallErrorWireSchema } from './wire-schema'

function readSkipcallMessage(body: unknown): string | null {
  const parsed = SkipcallErrorWireSchema.safeParse(body)
  if (!parsed.success) return null
  const details = parsed.data.details
  if (details === null || details === undefined) return parsed.data.code
  const text = typeof details === 'string' ? details : JSON.stringify(details)
  return `${parsed.data.code}: ${text}`
}

/** Skipcall documents `X-RateLimit-Reset` as an absolute Unix timestamp, unlike Telnyx's. */
function skipcallRetryAfter(headers: Headers, now: Date): number | null {
  const standard = readRetryAfter(headers, now)
  if (standard !== null) return standard
  const reset = headers.get('x-ratelimit-reset')
  if (reset === null || !/^\d+$/.test(reset.trim())) return null
  return Math.max(0, Number(reset.trim()) - Math.floor(now.getTime() / 1000))
}

export const skipcallErrorDialect: ErrorDialect = {
  readMessage: readSkipcallMessage,
  retryAfterSeconds: skipcallRetryAfter,
}

export function describeSkipcallError(response: ProviderResponse, now: Date): SourceError {
  return describeHttpError('skipcall', response, skipcallErrorDialect, now)
}

import type { ProviderResponse, SourceError } from '#domain/feed'
import { describeHttpError, readRetryAfter, type ErrorDialect } from '../adapter-kit/describe-error'
import { CallingBoxErrorWireSchema } from './wire-schema'

function readCallingBoxMessage(body: unknown): string | null {
  const parsed = CallingBoxErrorWireSchema.safeParse(body)
  return parsed.success ? parsed.data.error : null
}

/** CallingBox documents no rate limit; a standard Retry-After is honoured if it ever sends one. */
export const callingBoxErrorDialect: ErrorDialect = {
  readMessage: readCallingBoxMessage,
  retryAfterSeconds: readRetryAfter,
}

export function describeCallingBoxError(response: ProviderResponse, now: Date): SourceError {
  return describeHttpError('callingbox', response, callingBoxErrorDialect, now)
}

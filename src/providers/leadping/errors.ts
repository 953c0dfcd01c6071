import type { ProviderResponse, SourceError } from '#domain/feed'
import { describeHttpError, readRetryAfter, type ErrorDialect } from '../adapter-kit/describe-error'
import { LeadpingProblemWireSchema } from './wire-schema'

function readLeadpingMessage(body: unknown): string | null {
  const parsed = LeadpingProblemWireSchema.safeParse(body)
  if (!parsed.success) return null
  const problem = parsed.data
  const main = problem.detail ?? problem.title ?? null
  const fields = Object.entries(problem.errors ?? {}).map(
    ([field, messages]) => `${field}: ${messages.join(', ')}`,
  )
  const text = [main, ...fields].filter((part): part is string => part !== null && part !== '').join('; ')
  return text === '' ? null : text
}

export const leadpingErrorDialect: ErrorDialect = {
  readMessage: readLeadpingMessage,
  retryAfterSeconds: readRetryAfter,
}

export function describeLeadpingError(response: ProviderResponse, now: Date): SourceError {
  return describeHttpError('leadping', response, leadpingErrorDialect, now)
}

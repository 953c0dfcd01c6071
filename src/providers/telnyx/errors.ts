import type { ProviderResponse, SourceError } from '#domain/feed'
import { describeHttpError, readRetryAfter, type ErrorDialect } from '../adapter-kit/describe-error'
import { refusesTheId } from '../adapter-kit/impossible-id'
import { TelnyxErrorWireSchema } from './wire-schema'

function readTelnyxMessage(body: unknown): string | null {
  const parsed = TelnyxErrorWireSchema.safeParse(body)
  if (!parsed.success || parsed.data.errors.length === 0) return null
  return parsed.data.errors
    .map((error) => {
      const text = error.detail ?? error.description ?? error.title ?? 'no description'
      const where = error.source?.parameter ?? error.source?.pointer
      const code = error.code === undefined ? '' : ` (code ${error.code})`
      return `${text}${where === undefined ? '' : ` [${where}]`}${code}`
    })
    .join('; ')
}

/** Telnyx documents `x-ratelimit-reset` as seconds until the limit resets (relative). */
function telnyxRetryAfter(headers: Headers, now: Date): number | null {
  const standard = readRetryAfter(headers, now)
  if (standard !== null) return standard
  const reset = headers.get('x-ratelimit-reset')
  return reset !== null && /^\d+$/.test(reset.trim()) ? Number(reset.trim()) : null
}

export const telnyxErrorDialect: ErrorDialect = {
  readMessage: readTelnyxMessage,
  retryAfterSeconds: telnyxRetryAfter,
}

export function describeTelnyxError(response: ProviderResponse, now: Date): SourceError {
  return describeHttpError('telnyx', response, telnyxErrorDialect, now)
}

/** The query parameters that carry a call's id when the call page loads a session (telnyx/session.ts). */
const CALL_ID_PARAMETERS = ['filter[application_session_id]', 'filter[leg_id]'] as const

/** Telnyx (422) or the gateway (400) refused the session or leg id itself: no call can have it. */
export function refusesTelnyxCallId(error: SourceError): boolean {
  return refusesTheId(error, CALL_ID_PARAMETERS)
}

import type { SourceError } from '#domain/feed'

// Any version: Telnyx session ids are version 1, CallingBox call ids version 4.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True for a UUID in its usual text form, the id format Telnyx and CallingBox document. */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}

/**
 * True when the provider, or the gateway's query rules, refused a request for one call because of the
 * id's form (400/422). Such an id cannot name any call, so the call page says "not found", not "error":
 * asking again would be refused again. A request for one record by path carries nothing but the id; a
 * query that carries the id in a parameter (Telnyx's filters) counts only when the refusal names that
 * parameter, so a refusal of anything else stays an error with its words.
 */
export function refusesTheId(error: SourceError, idParameters: readonly string[] = []): boolean {
  if (error.status !== 400 && error.status !== 422) return false
  if (idParameters.length === 0) return true
  const text = `${error.message} ${error.providerMessage ?? ''}`
  return idParameters.some((parameter) => text.includes(parameter))
}

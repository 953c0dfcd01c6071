import { isIsoInstant } from '#domain/time'
import type { CallingBoxCallWire } from './wire-schema'

type Kind = 'string' | 'instant' | 'int' | 'object' | 'anything'

/** CallingBoxCallWireSchema's fields, in the same terms (a test keeps the two in step). */
const REQUIRED: Readonly<Record<string, Kind>> = {
  id: 'string',
  to_number: 'string',
  from_number: 'string',
  status: 'string',
  direction: 'string',
  created_at: 'instant',
}

/** Absent, null, or of this kind. */
const OPTIONAL: Readonly<Record<string, Kind>> = {
  agent_id: 'string',
  persona: 'anything',
  instructions: 'string',
  prompt: 'string',
  context: 'object',
  returns: 'object',
  result: 'object',
  result_status: 'string',
  result_error: 'string',
  language: 'string',
  webhook_url: 'string',
  webhook_status: 'string',
  webhook_error: 'string',
  started_at: 'instant',
  answered_at: 'instant',
  ended_at: 'instant',
  answered_by: 'string',
  duration_seconds: 'int',
  billed_duration_seconds: 'int',
  billing_amount_milli_cents: 'int',
  reservation_status: 'string',
  error_code: 'string',
  error_message: 'string',
  hangup_cause: 'string',
  metadata: 'object',
  updated_at: 'instant',
}

const REQUIRED_FIELDS = Object.entries(REQUIRED)
const OPTIONAL_FIELDS = Object.entries(OPTIONAL)

/**
 * A JSON object as JSON.parse (or Object.create(null)) makes it. Anything else is the schema's to judge,
 * and so is an own `__proto__` key, which the schema's copy of a record would not keep as a key.
 */
function isJsonObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.hasOwn(value, '__proto__')) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function fits(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string'
    case 'instant':
      return typeof value === 'string' && isIsoInstant(value)
    case 'int':
      return Number.isSafeInteger(value)
    case 'object':
      return isJsonObject(value)
    case 'anything':
      return true
  }
}

/**
 * The common case of a CallingBox list, fast: a record that plainly satisfies CallingBoxCallWireSchema
 * is returned as it is, without zod building a copy of it (at 9,402 calls, validating and copying was
 * about a third of reading the list, and most of the garbage). Anything else returns null, and the
 * schema then reads the record and names each problem, so what is accepted and every data problem
 * reported stay exactly the schema's. Extra fields are left on the record; the mapper reads only the
 * documented ones.
 */
export function readCallingBoxCallFast(raw: unknown): CallingBoxCallWire | null {
  if (!isJsonObject(raw)) return null
  const record = raw as Record<string, unknown>
  for (const [field, kind] of REQUIRED_FIELDS) {
    if (!fits(kind, record[field])) return null
  }
  for (const [field, kind] of OPTIONAL_FIELDS) {
    const value = record[field]
    if (value !== undefined && value !== null && !fits(kind, value)) return null
  }
  return record as CallingBoxCallWire
}

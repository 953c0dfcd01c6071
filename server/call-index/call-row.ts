import { createHash } from 'node:crypto'
import type { Call, ListedCall } from '#domain/call'
import { durationSeconds } from '#domain/call-text'
import { phoneDigits } from '#domain/phone'
import type { CallBodiesTable, CallsTable } from './schema'

/** Digits of a stored number (E.164, national, or a SIP URI), reversed for suffix search. */
export function reversedDigits(value: string | null): string | null {
  if (value === null) return null
  const digits = phoneDigits(value.replace(/^sips?:/i, '').split('@')[0] ?? '')
  return digits === '' ? null : [...digits].reverse().join('')
}

/** The call as the list sends it: everything but the raw provider payloads (the call page reads those live). */
export function listedCall(call: Call): Call {
  return {
    ...call,
    raw: null,
    timeline: call.timeline.map((step) => {
      const { raw: _raw, ...rest } = step
      return rest
    }),
  }
}

/** A call in the list form (src/domain/call-schema.ts's ListedCallSchema): what `/api/calls` answers by default. */
export function toListedCall(call: ListedCall): ListedCall {
  const { timeline: _timeline, details: _details, raw: _raw, ...listed } = call as Call
  return listed
}

/**
 * A stored call (call_bodies.call_json) in the list form. A parse and a write per call: for the first page
 * of /calls (100 calls, 241 kB stored) a median of 0.9 ms warm on the 2-core dev machine, against the
 * 154 kB it keeps out of the answer (and of the page the server renders from it).
 */
export function listedCallJson(callJson: string): string {
  return JSON.stringify(toListedCall(JSON.parse(callJson) as Call))
}

/** Every id a person may search for, lower-cased and without repeats. */
export function searchIds(call: Call): string[] {
  const ids = [call.id, ...call.relatedIds, call.lead?.id, call.contact?.id, call.agent?.id]
  return [
    ...new Set(
      ids.filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.toLowerCase()),
    ),
  ]
}

export function digest(value: string): string {
  return createHash('sha1').update(value).digest('base64url')
}

export type IndexedRow = CallsTable & Pick<CallBodiesTable, 'call_json' | 'raw_json'>

/** The row for a call. `version` defaults to a digest of the raw record, so any change is seen. */
export function toRow(call: Call, seenAt: string, version?: string): IndexedRow {
  const rawJson = JSON.stringify(call.raw ?? null)
  const names = [call.lead?.name, call.contact?.name, call.agent?.name]
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => name.toLowerCase())
    .join(' | ')
  return {
    source: call.source,
    id: call.id,
    occurred_at: new Date(call.occurredAt).toISOString(),
    direction: call.direction,
    status: call.status,
    terminal: call.terminal ? 1 : 0,
    // What the duration sort orders by: the duration the calls table shows.
    duration_sec: durationSeconds(call),
    from_rdigits: reversedDigits(call.from),
    to_rdigits: reversedDigits(call.to),
    lead_id: call.lead?.id ?? null,
    names,
    version: version ?? digest(rawJson),
    seen_at: seenAt,
    vanished_at: null,
    call_json: JSON.stringify(listedCall(call)),
    raw_json: rawJson,
  }
}

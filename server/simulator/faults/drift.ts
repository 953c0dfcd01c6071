import type { Source } from '#domain/call'
import type { Rng } from '../prng'
import type { FaultConfig } from './config'

/**
 * Schema drift applied to each record of a JSON answer: an enum field gets a value the docs never
 * listed, an optional field disappears, or numbers arrive as strings. Paths are dotted; the record
 * lists are where each provider keeps its rows.
 */
type DriftSpec = { records: (body: unknown) => unknown[]; enums: string[]; optional: string[] }

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : []

const SPECS: Record<Source, DriftSpec> = {
  telnyx: {
    records: (b) => asList((b as { data?: unknown } | null)?.data),
    enums: [
      'type',
      'name',
      'metadata.data.payload.hangup_cause',
      'metadata.data.payload.direction',
      'status',
      'channels',
    ],
    optional: [
      'metadata.data.payload.hangup_source',
      'metadata.data.payload.sip_hangup_cause',
      'metadata.meta',
      'download_urls',
      'duration_millis',
    ],
  },
  leadping: {
    records: (b) => asList((b as { items?: unknown } | null)?.items ?? b),
    enums: ['status', 'direction', 'activityType', 'timelineType', 'trafficType'],
    optional: [
      'answeredAt',
      'endedAt',
      'statusReason',
      'recordingUrl',
      'summary',
      'conversationId',
      'consoleEntries',
    ],
  },
  skipcall: {
    records: (b) => asList((b as { data?: unknown } | null)?.data ?? b),
    enums: ['status', 'callType', 'type'],
    optional: ['notes', 'sequenceId', 'transferred', 'updatedAt', 'syncedWithCrmDate'],
  },
  callingbox: {
    records: (b) => asList(b),
    enums: ['status', 'result_status', 'webhook_status', 'reservation_status'],
    optional: ['answered_at', 'hangup_cause', 'duration_seconds', 'result_error'],
  },
}

function parentOf(record: unknown, path: string): [Record<string, unknown>, string] | null {
  const keys = path.split('.')
  let node: unknown = record
  for (const key of keys.slice(0, -1)) {
    if (!node || typeof node !== 'object') return null
    node = (node as Record<string, unknown>)[key]
  }
  const last = keys[keys.length - 1]
  return node && typeof node === 'object' && last ? [node as Record<string, unknown>, last] : null
}

function numbersToStrings(node: unknown): unknown {
  if (typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(numbersToStrings)
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, numbersToStrings(v)]))
  }
  return node
}

export function applyDrift(
  provider: Source,
  body: unknown,
  drift: NonNullable<FaultConfig['drift']>,
  rng: Rng,
): unknown {
  const spec = SPECS[provider]
  for (const record of spec.records(body)) {
    if (!record || typeof record !== 'object') continue
    const rec = record as Record<string, unknown>
    if (rng.chance(drift.unknownEnums)) {
      for (const path of spec.enums) {
        const at = parentOf(rec, path)
        if (at && typeof at[0][at[1]] === 'string') at[0][at[1]] = 'zz_unexpected_value'
      }
    }
    if (rng.chance(drift.missingOptional)) {
      for (const path of spec.optional) {
        const at = parentOf(rec, path)
        if (at) delete at[0][at[1]]
      }
    }
    if (rng.chance(drift.numbersAsStrings)) {
      for (const [k, v] of Object.entries(rec)) rec[k] = numbersToStrings(v)
    }
  }
  return body
}

import type { StepFlag } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import { toIsoUtc } from '#domain/time'
import { issuesFromError, type Parsed } from '../adapter-kit/parse-records'
import type { TelnyxCallEventWire } from './wire-schema'
import {
  TelnyxWebhookWireSchema,
  type TelnyxWebhookPayloadWire,
  type TelnyxWebhookWire,
} from './webhook-schema'
import { lookup } from '#domain/lookup'

/** A call event with its webhook read and its time normalised: what the call builders work on. */
export type TelnyxEvent = {
  wire: TelnyxCallEventWire
  raw: unknown
  webhook: TelnyxWebhookWire['data'] | null
  payload: TelnyxWebhookPayloadWire
  /** When it happened: the webhook's `occurred_at` when present, else `event_timestamp`. */
  at: string
  rawAt: string
  sourceField: string
  /** Identity for de-duplication: the webhook id when there is one, else the event's own fields. */
  key: string
  /** Position in which the provider returned it, to spot events that arrived out of order. */
  order: number
}

export type FlaggedEvent = TelnyxEvent & { flags: StepFlag[] }

/**
 * Reads one call event. A metadata that carries a webhook (`data`) which breaks its schema is reported
 * as a DataIssue, and the event still counts with its top-level fields; an empty metadata (as in the
 * doc sample, and for most commands) is simply an event without payload.
 */
export function readTelnyxEvent(
  parsed: Parsed<TelnyxCallEventWire>,
  order: number,
  pathPrefix: string,
): { event: TelnyxEvent; issues: DataIssue[] } {
  const wire = parsed.value
  let webhook: TelnyxWebhookWire['data'] | null = null
  let issues: DataIssue[] = []
  if (wire.type !== 'command' && 'data' in wire.metadata) {
    const result = TelnyxWebhookWireSchema.safeParse(wire.metadata)
    if (result.success) webhook = result.data.data
    else
      issues = issuesFromError(
        'telnyx',
        result.error,
        parsed.raw,
        `${pathPrefix}.metadata`,
        'call_session_id',
      )
  }
  const rawAt = webhook?.occurred_at ?? wire.event_timestamp
  const at = toIsoUtc(rawAt) ?? toIsoUtc(wire.event_timestamp) ?? wire.event_timestamp
  const event: TelnyxEvent = {
    wire,
    raw: parsed.raw,
    webhook,
    payload: webhook?.payload ?? {},
    at,
    rawAt,
    sourceField: webhook === null ? `${wire.name}.event_timestamp` : `${wire.name}.occurred_at`,
    key: webhook?.id ?? `${wire.type}|${wire.name}|${wire.call_leg_id}|${wire.event_timestamp}`,
    order,
  }
  return { event, issues }
}

/** Where an event sits in a leg's life; events off this ladder are not checked for order. */
const LIFECYCLE_RANK: Record<string, number> = {
  'call.initiated': 0,
  'call.answered': 1,
  'call.bridged': 2,
  'call.machine.detection.ended': 2,
  'call.machine.premium.detection.ended': 2,
  'call.hangup': 3,
}

export function compareEvents(a: TelnyxEvent, b: TelnyxEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  if (a.rawAt !== b.rawAt) return a.rawAt < b.rawAt ? -1 : 1
  return (
    (lookup(LIFECYCLE_RANK, a.wire.name) ?? 1.5) - (lookup(LIFECYCLE_RANK, b.wire.name) ?? 1.5) ||
    a.order - b.order
  )
}

/**
 * Sorts a session's events by time and flags, rather than hides, what the provider got wrong:
 * `duplicate` for a webhook delivered again (same id), `out_of_order` for an event that arrived after a
 * later one of its leg, or whose time contradicts the leg's life (answered after hangup).
 */
export function flagEvents(events: readonly TelnyxEvent[]): FlaggedEvent[] {
  const flagged: FlaggedEvent[] = events.map((event) => ({ ...event, flags: [] }))
  const latestArrivedByLeg = new Map<string, string>()
  for (const event of [...flagged].sort((a, b) => a.order - b.order)) {
    const leg = event.wire.call_leg_id
    const latest = latestArrivedByLeg.get(leg)
    if (latest !== undefined && event.at < latest) event.flags.push('out_of_order')
    if (latest === undefined || event.at > latest) latestArrivedByLeg.set(leg, event.at)
  }
  const seen = new Set<string>()
  const highestRankByLeg = new Map<string, number>()
  const sorted = flagged.sort(compareEvents)
  for (const event of sorted) {
    if (seen.has(event.key)) {
      event.flags.push('duplicate')
      continue
    }
    seen.add(event.key)
    const rank = lookup(LIFECYCLE_RANK, event.wire.name)
    if (rank === undefined) continue
    const leg = event.wire.call_leg_id
    const highest = highestRankByLeg.get(leg) ?? -1
    if (rank < highest && !event.flags.includes('out_of_order')) event.flags.push('out_of_order')
    highestRankByLeg.set(leg, Math.max(highest, rank))
  }
  return sorted
}

import * as z from 'zod/mini'
import { CallDetailsSchema } from './call-details'

/**
 * The common call model. Every screen works on these types only; each provider adapter maps its own
 * wire format onto them (src/providers/<provider>). Raw provider payloads are always kept alongside,
 * so nothing the provider said is lost by normalisation.
 */

export const SOURCES = ['telnyx', 'leadping', 'skipcall', 'callingbox'] as const
export const SourceSchema = z.enum(SOURCES)
export type Source = z.infer<typeof SourceSchema>

export const SOURCE_LABELS: Record<Source, string> = {
  telnyx: 'Telnyx',
  leadping: 'Leadping',
  skipcall: 'Skipcall',
  callingbox: 'CallingBox',
}

export const DIRECTIONS = ['inbound', 'outbound', 'unknown'] as const
export const DirectionSchema = z.enum(DIRECTIONS)
export type Direction = z.infer<typeof DirectionSchema>

export const CALL_STATUSES = [
  'scheduled',
  'queued',
  'initiated',
  'ringing',
  'in_progress',
  'completed',
  'no_answer',
  'busy',
  'voicemail',
  'missed',
  'canceled',
  'failed',
  'blocked',
  'unknown',
] as const
export const CallStatusSchema = z.enum(CALL_STATUSES)
export type CallStatus = z.infer<typeof CallStatusSchema>

/** Outcomes after which nothing more will happen to the call. */
export const TERMINAL_STATUSES: ReadonlySet<CallStatus> = new Set([
  'completed',
  'no_answer',
  'busy',
  'voicemail',
  'missed',
  'canceled',
  'failed',
  'blocked',
])

/** Steps of a call's life. `transferred` is a step too: Leadping and Skipcall report it. */
export const CALL_STEP_KINDS = [
  'created',
  'scheduled',
  'queued',
  'initiated',
  'ringing',
  'answered',
  'bridged',
  'machine_detected',
  'transferred',
  'recording_saved',
  'ended',
] as const

/** Steps of a message's life (SMS/MMS), shared by lead activity items. */
export const MESSAGE_STEP_KINDS = [
  'scheduled',
  'queued',
  'sending',
  'sent',
  'delivered',
  'received',
  'failed',
  'undeliverable',
  'blocked',
  'opted_out',
  'canceled',
] as const

export const STEP_KINDS = [...new Set([...CALL_STEP_KINDS, ...MESSAGE_STEP_KINDS])] as [
  (typeof CALL_STEP_KINDS)[number] | (typeof MESSAGE_STEP_KINDS)[number],
  ...((typeof CALL_STEP_KINDS)[number] | (typeof MESSAGE_STEP_KINDS)[number])[],
]
export const StepKindSchema = z.enum(STEP_KINDS)
export type StepKind = z.infer<typeof StepKindSchema>

/** Problems with a step that the timeline shows instead of hiding. */
export const StepFlagSchema = z.enum(['out_of_order', 'duplicate'])
export type StepFlag = z.infer<typeof StepFlagSchema>

export const TimelineStepSchema = z.object({
  kind: StepKindSchema,
  /** ISO 8601 UTC instant. */
  at: z.string(),
  /** The provider's value as sent (Telnyx keeps microseconds), shown on hover. */
  rawAt: z.string(),
  /** Where the time came from, e.g. `answered_at` or `call.hangup.occurred_at`. */
  sourceField: z.string(),
  /** Which leg this step belongs to, for multi-leg Telnyx sessions. */
  legId: z.optional(z.string()),
  /** Extra words for the step ("result: machine", "hangup by callee"). */
  detail: z.optional(z.string()),
  flags: z.array(StepFlagSchema),
  /** The provider event this step was read from, when there is one (Telnyx events). */
  raw: z.optional(z.unknown()),
})
export type TimelineStep = z.infer<typeof TimelineStepSchema>

export const MoneySchema = z.object({
  amount: z.number(),
  /** ISO 4217 code when the provider says or documents it; null when unknown (Leadping does not say). */
  currency: z.nullable(z.string()),
  /** The provider's value and unit as sent, e.g. "12345 milli-cents". */
  raw: z.string(),
})
export type Money = z.infer<typeof MoneySchema>

export const DurationsSchema = z.object({
  /** From creation/initiation to end. */
  totalSec: z.nullable(z.number()),
  /** From initiation/ringing to answer. */
  ringSec: z.nullable(z.number()),
  /** From answer to end. */
  talkSec: z.nullable(z.number()),
  billableSec: z.nullable(z.number()),
})
export type Durations = z.infer<typeof DurationsSchema>

export const PartyLinkSchema = z.object({
  id: z.nullable(z.string()),
  name: z.nullable(z.string()),
})
export type PartyLink = z.infer<typeof PartyLinkSchema>

/**
 * How to reach a call's recording. URLs are never trusted: `url` holds whatever the provider sent and
 * the UI only plays it after checking it is http(s) (see ./safe-url). Telnyx recordings are looked up on
 * demand because their download links expire within minutes; `confirmed` says whether a
 * `call.recording.saved` event was seen (the list reads too few events to know, the call page reads all).
 * `unsupported` means the provider documents no recordings at all (Skipcall, CallingBox).
 */
export const RecordingRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.string() }),
  z.object({
    kind: z.literal('telnyx'),
    sessionId: z.string(),
    legIds: z.array(z.string()),
    confirmed: z.boolean(),
  }),
  z.object({
    kind: z.literal('none'),
    reason: z.enum(['not_recorded', 'missing', 'failed', 'not_answered', 'unsupported', 'unknown']),
  }),
])
export type RecordingRef = z.infer<typeof RecordingRefSchema>

export const CallSchema = z.object({
  source: SourceSchema,
  /** The provider's id for the call (Telnyx: the call_session_id). Unique within the source. */
  id: z.string(),
  /** Other ids a person may search for: leg ids, conversation ids, provider SIDs. */
  relatedIds: z.array(z.string()),
  direction: DirectionSchema,
  status: CallStatusSchema,
  rawStatus: z.nullable(z.string()),
  rawReason: z.nullable(z.string()),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  /** When the call started to exist at the provider (ISO UTC): the list's sort key. */
  occurredAt: z.string(),
  /** `occurredAt` as the provider spelled it (Telnyx keeps microseconds), shown on hover. */
  rawOccurredAt: z.string(),
  answeredAt: z.nullable(z.string()),
  endedAt: z.nullable(z.string()),
  durations: DurationsSchema,
  cost: z.nullable(MoneySchema),
  /** The end reason in plain words ("The callee was busy"), from the hangup-cause dictionary. */
  endReason: z.nullable(z.string()),
  lead: z.nullable(PartyLinkSchema),
  contact: z.nullable(PartyLinkSchema),
  agent: z.nullable(PartyLinkSchema),
  recording: RecordingRefSchema,
  timeline: z.array(TimelineStepSchema),
  terminal: z.boolean(),
  /** Provider-specific facts for the call page (AI result, sequence, legs, console), already typed. */
  details: CallDetailsSchema,
  /** The provider record(s) exactly as received. */
  raw: z.unknown(),
})
export type Call = z.infer<typeof CallSchema>

/** A stable key across sources, for React keys, de-duplication and URLs. */
export function callKey(call: Pick<Call, 'source' | 'id'>): string {
  return `${call.source}:${call.id}`
}

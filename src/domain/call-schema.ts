import * as z from 'zod/mini'
import { CALL_STATUSES, DIRECTIONS, SOURCES, STEP_KINDS } from './call'
import { CallDetailsSchema } from './call-details'

/**
 * The zod schemas of the common call model (./call holds its vocabularies and the types inferred from
 * these schemas). The adapters and tests parse with them; screens only read the types.
 */

export const SourceSchema = z.enum(SOURCES)

export const DirectionSchema = z.enum(DIRECTIONS)

export const CallStatusSchema = z.enum(CALL_STATUSES)

export const StepKindSchema = z.enum(STEP_KINDS)

/** Problems with a step that the timeline shows instead of hiding. */
export const StepFlagSchema = z.enum(['out_of_order', 'duplicate'])

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

export const MoneySchema = z.object({
  amount: z.number(),
  /** ISO 4217 code when the provider says or documents it; null when unknown (Leadping does not say). */
  currency: z.nullable(z.string()),
  /** The provider's value and unit as sent, e.g. "12345 milli-cents". */
  raw: z.string(),
})

export const DurationsSchema = z.object({
  /** From creation/initiation to end. */
  totalSec: z.nullable(z.number()),
  /** From initiation/ringing to answer. */
  ringSec: z.nullable(z.number()),
  /** From answer to end. */
  talkSec: z.nullable(z.number()),
  billableSec: z.nullable(z.number()),
})

export const PartyLinkSchema = z.object({
  id: z.nullable(z.string()),
  name: z.nullable(z.string()),
})

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

/**
 * A call as `/api/calls` lists it by default: without its timeline, provider details and raw payload.
 * They were two thirds of the first page of /calls as the server embeds it (timeline 88 kB and details 63 kB
 * of 245 kB for 100 calls, issue #15); the call page reads a call whole, the lead page asks for the full form.
 */
export const ListedCallSchema = z.omit(CallSchema, { timeline: true, details: true, raw: true })

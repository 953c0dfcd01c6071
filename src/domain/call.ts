import type * as z from 'zod/mini'
import type {
  CallSchema,
  CallStatusSchema,
  DirectionSchema,
  DurationsSchema,
  ListedCallSchema,
  MoneySchema,
  PartyLinkSchema,
  RecordingRefSchema,
  SourceSchema,
  StepFlagSchema,
  StepKindSchema,
  TimelineStepSchema,
} from './call-schema'

/**
 * The common call model. Every screen works on these types only; each provider adapter maps its own
 * wire format onto them (src/providers/<provider>). Raw provider payloads are always kept alongside,
 * so nothing the provider said is lost by normalisation.
 *
 * This module holds the vocabularies and types only; their zod schemas (which the adapters parse with)
 * are in ./call-schema, so a screen that only reads calls carries no schema library.
 */

export const SOURCES = ['telnyx', 'leadping', 'skipcall', 'callingbox'] as const
export type Source = z.infer<typeof SourceSchema>

export const SOURCE_LABELS: Record<Source, string> = {
  telnyx: 'Telnyx',
  leadping: 'Leadping',
  skipcall: 'Skipcall',
  callingbox: 'CallingBox',
}

export const DIRECTIONS = ['inbound', 'outbound', 'unknown'] as const
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
export type CallStatus = z.infer<typeof CallStatusSchema>

/** Statuses of a call that has not ended yet, and `unknown`, which says nothing either way. */
const NOT_TERMINAL: readonly CallStatus[] = [
  'scheduled',
  'queued',
  'initiated',
  'ringing',
  'in_progress',
  'unknown',
]

/** Outcomes after which nothing more will happen to the call: every other status. */
export const TERMINAL_STATUSES: ReadonlySet<CallStatus> = new Set(
  CALL_STATUSES.filter((status) => !NOT_TERMINAL.includes(status)),
)

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
export type StepKind = z.infer<typeof StepKindSchema>

export type StepFlag = z.infer<typeof StepFlagSchema>

export type TimelineStep = z.infer<typeof TimelineStepSchema>

export type Money = z.infer<typeof MoneySchema>

export type Durations = z.infer<typeof DurationsSchema>

export type PartyLink = z.infer<typeof PartyLinkSchema>

export type RecordingRef = z.infer<typeof RecordingRefSchema>

export type Call = z.infer<typeof CallSchema>

/** A call in the list form of `/api/calls` (./call-schema's ListedCallSchema); a whole Call is one too. */
export type ListedCall = z.infer<typeof ListedCallSchema>

/** A stable key across sources, for React keys, de-duplication and URLs. */
export function callKey(call: Pick<Call, 'source' | 'id'>): string {
  return `${call.source}:${call.id}`
}

import * as z from 'zod/mini'
import { MESSAGE_STEP_KINDS } from './call'
import { CallSchema, DirectionSchema, SourceSchema, TimelineStepSchema } from './call-schema'

/** What a lead-timeline item is about. */
export const ACTIVITY_KINDS = [
  'call',
  'sms',
  'mms',
  'voicemail',
  'note',
  'status_change',
  'notification',
  'other',
] as const
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS)
export type ActivityKind = z.infer<typeof ActivityKindSchema>

/** Normalised outcome of a message or activity (a message step, or one of three more); calls use their CallStatus. */
export const MESSAGE_OUTCOMES = [...MESSAGE_STEP_KINDS, 'pending', 'completed', 'unknown'] as const
export const MessageOutcomeSchema = z.enum(MESSAGE_OUTCOMES)
export type MessageOutcome = z.infer<typeof MessageOutcomeSchema>

export const TRAFFIC_TYPES = ['RealLead', 'Warmup', 'Test', 'SystemInternal', 'FailedAttempt'] as const

export const ActivityItemSchema = z.object({
  source: SourceSchema,
  id: z.string(),
  /** Other ids of the same thing (conversation, related call event, Telnyx id), for de-duplication. */
  relatedIds: z.array(z.string()),
  kind: ActivityKindSchema,
  direction: DirectionSchema,
  /** Call status for calls, message outcome otherwise. */
  outcome: z.string(),
  rawStatus: z.nullable(z.string()),
  statusReason: z.nullable(z.string()),
  occurredAt: z.string(),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  description: z.nullable(z.string()),
  errorCode: z.nullable(z.string()),
  retryCount: z.nullable(z.number()),
  nextRetryAt: z.nullable(z.string()),
  /** Warm-up and test traffic is hidden by default on the lead page. */
  trafficType: z.nullable(z.string()),
  isWarmup: z.boolean(),
  timeline: z.array(TimelineStepSchema),
  /** Set when the item is a call (also for calls of other providers merged into a lead's timeline). */
  call: z.nullable(CallSchema),
  /** Ids of other sources' records that describe the same thing (after de-duplication). */
  mergedFrom: z.array(z.string()),
  raw: z.unknown(),
})
export type ActivityItem = z.infer<typeof ActivityItemSchema>

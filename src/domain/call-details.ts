import * as z from 'zod/mini'

/**
 * What one provider says about a call beyond the common model: the call page shows these blocks
 * (CallingBox's AI prompt and extracted result, Skipcall's sequence and notes, Telnyx's legs, Leadping's
 * processing console) without reading provider field names itself. Values are copied, never interpreted
 * as markup; free-form objects stay `unknown` and are rendered as JSON text.
 */

/** Same values as `Direction` in ./call; declared here because ./call imports this file. */
const LegDirectionSchema = z.enum(['inbound', 'outbound', 'unknown'])

export const TelnyxLegSchema = z.object({
  legId: z.string(),
  callControlIds: z.array(z.string()),
  direction: LegDirectionSchema,
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  initiatedAt: z.nullable(z.string()),
  answeredAt: z.nullable(z.string()),
  endedAt: z.nullable(z.string()),
  hangupCause: z.nullable(z.string()),
  hangupSource: z.nullable(z.string()),
  sipHangupCause: z.nullable(z.string()),
})
export type TelnyxLeg = z.infer<typeof TelnyxLegSchema>

export const ConsoleEntrySchema = z.object({
  id: z.nullable(z.string()),
  stage: z.nullable(z.string()),
  status: z.nullable(z.string()),
  message: z.nullable(z.string()),
  occurredAt: z.nullable(z.string()),
})
export type ConsoleEntry = z.infer<typeof ConsoleEntrySchema>

export const CallDetailsSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('telnyx'),
    legs: z.array(TelnyxLegSchema),
    /** Result of answering-machine detection, when it ran ("machine", "human", …). */
    machineDetection: z.nullable(z.string()),
  }),
  z.object({
    source: z.literal('leadping'),
    /** Which wire revision the record came in: 2026-07 doc pages or the 2026-08 OpenAPI. */
    revision: z.enum(['2026-07', '2026-08']),
    organizationId: z.nullable(z.string()),
    organizationName: z.nullable(z.string()),
    callerId: z.nullable(z.string()),
    providerStatus: z.nullable(z.string()),
    billingStatus: z.nullable(z.string()),
    telnyxId: z.nullable(z.string()),
    consoleEntries: z.array(ConsoleEntrySchema),
  }),
  z.object({
    source: z.literal('skipcall'),
    callType: z.string(),
    sequenceId: z.nullable(z.string()),
    sequenceRunId: z.nullable(z.string()),
    conferenceId: z.nullable(z.string()),
    transferred: z.nullable(z.boolean()),
    notes: z.nullable(z.string()),
    contactIsUnknown: z.nullable(z.boolean()),
    syncedWithCrmAt: z.nullable(z.string()),
    deletedAt: z.nullable(z.string()),
  }),
  z.object({
    source: z.literal('callingbox'),
    agentId: z.nullable(z.string()),
    prompt: z.nullable(z.string()),
    language: z.nullable(z.string()),
    context: z.unknown(),
    returns: z.unknown(),
    result: z.unknown(),
    resultStatus: z.nullable(z.string()),
    resultError: z.nullable(z.string()),
    answeredBy: z.nullable(z.string()),
    webhookStatus: z.nullable(z.string()),
    webhookError: z.nullable(z.string()),
    reservationStatus: z.nullable(z.string()),
    errorCode: z.nullable(z.string()),
    errorMessage: z.nullable(z.string()),
    hangupCause: z.nullable(z.string()),
    metadata: z.unknown(),
  }),
])
export type CallDetails = z.infer<typeof CallDetailsSchema>

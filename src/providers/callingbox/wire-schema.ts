import * as z from 'zod/mini'
import { IsoInstant, JsonObject, opt } from '../adapter-kit/wire-primitives'

/**
 * CallingBox `GET /v1/calls/{id}` exactly as documented (docs.callingbox.io "Get a call by ID"; its example
 * body is ./fixtures/doc-get-call.json),
 * plus `agent_id`, `persona`, `instructions` (newer agent-centric page) and `answered_by` (how-it-works
 * guide: voicemail is `no_answer` + `answered_by: machine`), all optional.
 */
const Int = z.number().check(z.int())

/** Documented statuses; a new one still parses and maps to `unknown`. */
export const CALLINGBOX_STATUSES = [
  'queued',
  'initiated',
  'ringing',
  'in_progress',
  'completed',
  'no_answer',
  'busy',
  'canceled',
  'failed',
] as const

export const CallingBoxCallWireSchema = z.object({
  id: z.string(),
  agent_id: opt(z.string()),
  to_number: z.string(),
  from_number: z.string(),
  status: z.string(),
  direction: z.string(),
  persona: z.optional(z.unknown()),
  instructions: opt(z.string()),
  prompt: opt(z.string()),
  context: opt(JsonObject),
  returns: opt(JsonObject),
  result: opt(JsonObject),
  result_status: opt(z.string()),
  result_error: opt(z.string()),
  language: opt(z.string()),
  webhook_url: opt(z.string()),
  webhook_status: opt(z.string()),
  webhook_error: opt(z.string()),
  created_at: IsoInstant,
  started_at: opt(IsoInstant),
  answered_at: opt(IsoInstant),
  ended_at: opt(IsoInstant),
  answered_by: opt(z.string()),
  duration_seconds: opt(Int),
  billed_duration_seconds: opt(Int),
  billing_amount_milli_cents: opt(Int),
  reservation_status: opt(z.string()),
  error_code: opt(z.string()),
  error_message: opt(z.string()),
  hangup_cause: opt(z.string()),
  metadata: opt(JsonObject),
  updated_at: opt(IsoInstant),
})
export type CallingBoxCallWire = z.infer<typeof CallingBoxCallWireSchema>

/** `GET /v1/calls`: a bare JSON array, newest first, no paging and no parameters. */
export const CallingBoxCallListWireSchema = z.array(CallingBoxCallWireSchema)
export const CallingBoxListEnvelopeWireSchema = z.array(z.unknown())

/** `GET /v1/calls/{id}/transcript`. */
export const CallingBoxTranscriptWireSchema = z.object({
  call_id: z.string(),
  segments: z.array(
    z.object({
      sequence_no: Int,
      role: z.string(),
      text: z.string(),
      started_at: opt(IsoInstant),
      ended_at: opt(IsoInstant),
      duration_ms: opt(z.number()),
      source: opt(z.string()),
    }),
  ),
})
export type CallingBoxTranscriptWire = z.infer<typeof CallingBoxTranscriptWireSchema>

/** `{"error": "call a1b2c3d4-… not found"}`. */
export const CallingBoxErrorWireSchema = z.object({ error: z.string() })

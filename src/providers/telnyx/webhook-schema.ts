import * as z from 'zod/mini'
import { IsoInstant, JsonObject, opt } from '../adapter-kit/wire-primitives'

/**
 * The Call Control webhook that a `type: webhook` call event carries in `metadata` (Telnyx's callback
 * pages, typed after the SDK's `node_modules/telnyx/resources/webhooks.d.ts`). One payload schema covers
 * every call event: each field is optional because each event type carries a different subset, and
 * nullable because real deliveries send `client_state: null` and `call_quality_stats: null`.
 */

/** Documented `hangup_cause` values; others map to an unknown outcome with the raw word kept. */
export const TELNYX_HANGUP_CAUSES = [
  'call_rejected',
  'normal_clearing',
  'originator_cancel',
  'timeout',
  'time_limit',
  'user_busy',
  'not_found',
  'no_answer',
  'unspecified',
] as const
export const TELNYX_HANGUP_SOURCES = ['caller', 'callee', 'unknown'] as const
export const TELNYX_DIRECTIONS = ['incoming', 'outgoing'] as const
export const TELNYX_MACHINE_RESULTS = [
  'human',
  'machine',
  'not_sure',
  'human_residence',
  'human_business',
  'silence',
  'fax_detected',
] as const

const RecordingUrlsWireSchema = z.object({ mp3: opt(z.string()), wav: opt(z.string()) })

const SipHeaderWireSchema = z.object({ name: z.string(), value: z.string() })

export const TelnyxWebhookPayloadWireSchema = z.object({
  call_control_id: opt(z.string()),
  call_leg_id: opt(z.string()),
  call_session_id: opt(z.string()),
  connection_id: opt(z.string()),
  client_state: opt(z.string()),
  from: opt(z.string()),
  to: opt(z.string()),
  direction: opt(z.string()),
  state: opt(z.string()),
  start_time: opt(IsoInstant),
  caller_id_name: opt(z.string()),
  tags: opt(z.array(z.string())),
  custom_headers: opt(z.array(SipHeaderWireSchema)),
  sip_headers: opt(z.array(SipHeaderWireSchema)),
  hangup_cause: opt(z.string()),
  hangup_source: opt(z.string()),
  sip_hangup_cause: opt(z.string()),
  call_quality_stats: opt(JsonObject),
  result: opt(z.string()),
  channels: opt(z.string()),
  recording_started_at: opt(IsoInstant),
  recording_ended_at: opt(IsoInstant),
  recording_urls: opt(RecordingUrlsWireSchema),
  public_recording_urls: opt(RecordingUrlsWireSchema),
})
export type TelnyxWebhookPayloadWire = z.infer<typeof TelnyxWebhookPayloadWireSchema>

export const TelnyxWebhookWireSchema = z.object({
  data: z.object({
    record_type: z.literal('event'),
    event_type: z.string(),
    id: z.string(),
    occurred_at: IsoInstant,
    payload: TelnyxWebhookPayloadWireSchema,
  }),
  meta: z.optional(z.object({ attempt: z.optional(z.number()), delivered_to: z.optional(z.string()) })),
})
export type TelnyxWebhookWire = z.infer<typeof TelnyxWebhookWireSchema>

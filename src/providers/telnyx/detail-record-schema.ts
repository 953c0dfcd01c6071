import * as z from 'zod/mini'
import { DecimalString, IsoInstant, opt } from '../adapter-kit/wire-primitives'
import { TelnyxPageMetaWireSchema } from './wire-schema'

/**
 * One `call-control` record of `GET /v2/detail_records` (Detail Record Search). Telnyx's SDK union does
 * not include this record type, so the field set comes from the published webrtc example and the SDK's
 * note that call-control records carry `started_at`, `answered_at` and `finished_at` (no `created_at`);
 * see docs/decisions/telnyx-detail-records.md. What a call needs to exist is required (its session, its
 * leg and when it started); everything else may be absent or null. Numbers and money come as strings in
 * the examples (`"cost": "0.002"`) and as numbers elsewhere (`"call_sec": 50`), so both are read.
 */

/** The record types Telnyx's SDK lists for `filter[record_type]`; only `call-control` is read here. */
export const TELNYX_DETAIL_RECORD_TYPES = [
  'ai-voice-assistant',
  'amd',
  'call-control',
  'conference',
  'conference-participant',
  'embedding',
  'fax',
  'inference',
  'inference-speech-to-text',
  'media_storage',
  'media-streaming',
  'messaging',
  'noise-suppression',
  'recording',
  'sip-trunking',
  'siprec-client',
  'stt',
  'tts',
  'verify',
  'webrtc',
  'wireless',
] as const

/** Documented values of `direction`; other words still parse and map to `unknown`. */
export const TELNYX_DETAIL_RECORD_DIRECTIONS = ['inbound', 'outbound'] as const

/** A count or amount sent either as a JSON number or as a decimal in a string. */
const NumberOrDecimal = z.union([z.number(), DecimalString])

export const TelnyxCallControlRecordWireSchema = z.object({
  record_type: z.string(),
  id: opt(z.string()),
  session_id: z.string().check(z.minLength(1)),
  telnyx_leg_id: z.string().check(z.minLength(1)),
  /** The webrtc example sends `""` when there is none. */
  telnyx_call_control_id: opt(z.string()),
  cli: opt(z.string()),
  cld: opt(z.string()),
  direction: opt(z.string()),
  started_at: IsoInstant,
  answered_at: opt(IsoInstant),
  finished_at: opt(IsoInstant),
  call_sec: opt(NumberOrDecimal),
  billed_sec: opt(NumberOrDecimal),
  rate: opt(NumberOrDecimal),
  cost: opt(NumberOrDecimal),
  currency: opt(z.string()),
  connection_name: opt(z.string()),
  /** Comma-separated in the examples; a list is accepted too. */
  tags: opt(z.union([z.string(), z.array(z.string())])),
})
export type TelnyxCallControlRecordWire = z.infer<typeof TelnyxCallControlRecordWireSchema>

/** The whole documented list body (the SDK's DefaultFlatPagination). */
export const TelnyxDetailRecordListWireSchema = z.object({
  data: z.array(TelnyxCallControlRecordWireSchema),
  meta: TelnyxPageMetaWireSchema,
})

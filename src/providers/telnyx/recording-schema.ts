import * as z from 'zod/mini'
import { IsoInstant } from '../adapter-kit/wire-primitives'
import { TelnyxPageMetaWireSchema } from './wire-schema'

/**
 * `GET /v2/recordings` and `GET /v2/recordings/{id}` (Telnyx's "Retrieve a call recording" page and the
 * SDK's `node_modules/telnyx/resources/recordings/recordings.d.ts`). Every field is optional in the SDK;
 * we require the id, since a recording we cannot name cannot be played.
 * `download_urls` expire within minutes: fetch when the user presses play, never cache.
 */
export const TelnyxRecordingWireSchema = z.object({
  id: z.string(),
  record_type: z.optional(z.literal('recording')),
  call_control_id: z.optional(z.nullable(z.string())),
  call_leg_id: z.optional(z.nullable(z.string())),
  call_session_id: z.optional(z.nullable(z.string())),
  conference_id: z.optional(z.nullable(z.string())),
  connection_id: z.optional(z.nullable(z.string())),
  channels: z.optional(z.string()),
  created_at: z.optional(IsoInstant),
  updated_at: z.optional(IsoInstant),
  download_urls: z.optional(z.object({ mp3: z.optional(z.string()), wav: z.optional(z.string()) })),
  duration_millis: z.optional(z.number()),
  from: z.optional(z.nullable(z.string())),
  to: z.optional(z.nullable(z.string())),
  initiated_by: z.optional(z.string()),
  recording_started_at: z.optional(IsoInstant),
  recording_ended_at: z.optional(IsoInstant),
  source: z.optional(z.string()),
  status: z.optional(z.string()),
})
export type TelnyxRecordingWire = z.infer<typeof TelnyxRecordingWireSchema>

export const TelnyxRecordingListWireSchema = z.object({
  data: z.array(TelnyxRecordingWireSchema),
  meta: TelnyxPageMetaWireSchema,
})

export const TelnyxRecordingResponseWireSchema = z.object({ data: TelnyxRecordingWireSchema })

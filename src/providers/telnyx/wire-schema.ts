import * as z from 'zod/mini'
import { IsoInstant, JsonObject } from '../adapter-kit/wire-primitives'

/**
 * `GET /v2/call_events` exactly as documented (developers.telnyx.com "List call events", its example in
 * ./fixtures/doc-list-call-events.json, and the SDK's CallEventListResponse): a stream of call-control
 * events, one record per command or webhook.
 * `metadata` holds the raw webhook for `type: webhook` (see ./webhook-schema) and the command for
 * `type: command`; its shape is not documented, so it stays a free object here.
 */

/** Documented values of `type`; other values still parse (see ../adapter-kit/wire-primitives). */
export const TELNYX_EVENT_TYPES = ['command', 'webhook'] as const

export const TelnyxCallEventWireSchema = z.object({
  record_type: z.literal('call_event'),
  call_leg_id: z.string(),
  call_session_id: z.string(),
  event_timestamp: IsoInstant,
  name: z.string(),
  type: z.string(),
  metadata: JsonObject,
})
export type TelnyxCallEventWire = z.infer<typeof TelnyxCallEventWireSchema>

/** Telnyx's flat pagination meta: page numbers from 1. */
export const TelnyxPageMetaWireSchema = z.object({
  page_number: z.number(),
  total_pages: z.number(),
  total_results: z.optional(z.number()),
  page_size: z.optional(z.number()),
})
export type TelnyxPageMetaWire = z.infer<typeof TelnyxPageMetaWireSchema>

/** The whole documented list body; adapters parse the envelope first and each record on its own. */
export const TelnyxCallEventListWireSchema = z.object({
  data: z.array(TelnyxCallEventWireSchema),
  meta: TelnyxPageMetaWireSchema,
})

/** The list envelope with records left unparsed, so one bad record does not sink its page. */
export const TelnyxListEnvelopeWireSchema = z.object({
  data: z.array(z.unknown()),
  meta: TelnyxPageMetaWireSchema,
})

/** Telnyx's documented error body: `code` is a string; the text is `detail` (the SDK: `description`). */
export const TelnyxErrorWireSchema = z.object({
  errors: z.array(
    z.object({
      code: z.optional(z.string()),
      title: z.optional(z.string()),
      detail: z.optional(z.nullable(z.string())),
      description: z.optional(z.nullable(z.string())),
      source: z.optional(
        z.nullable(z.object({ pointer: z.optional(z.string()), parameter: z.optional(z.string()) })),
      ),
      meta: z.optional(z.nullable(JsonObject)),
    }),
  ),
})
export type TelnyxErrorWire = z.infer<typeof TelnyxErrorWireSchema>

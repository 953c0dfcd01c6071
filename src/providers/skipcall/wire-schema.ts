import * as z from 'zod/mini'
import { IsoInstant, opt } from '../adapter-kit/wire-primitives'

/**
 * Skipcall `GET /v1/calls/{id}` exactly as documented (docs.skipcall.app "Get a call"; its example body is
 * ./fixtures/doc-get-call.json).
 * `startedAt`, `endedAt` and `syncedWithCrmDate` are typed "object" by the docs (a Date|null rendered
 * by their OpenAPI generator) with ISO strings as examples: we accept an ISO instant or null.
 * `status` is a free string; its vocabulary is undocumented (see ./status).
 */

/**
 * Skipcall's status vocabulary is not documented (the one sample says `completed`). Inferred: the
 * lower-snake-case outcomes of a Twilio-based power dialer. Calls under way are reported as
 * `initiated`, `ringing` or `in_progress` at read time. The simulator answers with these words
 * (server/simulator/providers/skipcall/skipcall.test.ts checks it); ./status maps them.
 */
export const SKIPCALL_STATUSES = [
  'initiated',
  'ringing',
  'in_progress',
  'completed',
  'no_answer',
  'busy',
  'voicemail',
  'failed',
  'canceled',
  'missed',
] as const

/** Documented `callType` values; others still parse. */
export const SKIPCALL_CALL_TYPES = ['CALL_SESSION', 'DIRECT_CALL'] as const

export const SkipcallCallWireSchema = z.object({
  id: z.string(),
  callType: z.string(),
  status: z.string(),
  type: z.string(),
  startedAt: z.nullable(IsoInstant),
  endedAt: z.nullable(IsoInstant),
  createdAt: IsoInstant,
  contact: z.object({
    id: opt(z.string()),
    firstName: opt(z.string()),
    lastName: opt(z.string()),
    isUnknown: opt(z.boolean()),
  }),
  phoneNumber: z.object({ value: z.nullable(z.string()) }),
  caller: z.object({ firstName: opt(z.string()), lastName: opt(z.string()) }),
  callerPhoneNumber: z.object({ value: z.nullable(z.string()) }),
  phoneNumberId: opt(z.string()),
  userProviderSid: opt(z.string()),
  adminProviderSid: opt(z.string()),
  providerConferenceId: opt(z.string()),
  transferred: opt(z.boolean()),
  updatedAt: opt(IsoInstant),
  sequenceRunId: opt(z.string()),
  sequenceId: opt(z.string()),
  syncedWithCrmDate: opt(IsoInstant),
  deletedAt: opt(IsoInstant),
  organizationId: opt(z.string()),
  organizationMembershipId: opt(z.string()),
  managedPhoneNumberId: opt(z.string()),
  notes: opt(z.string()),
})
export type SkipcallCallWire = z.infer<typeof SkipcallCallWireSchema>

/**
 * The list envelope is NOT documented: Skipcall's docs give only `page` (0-based) and `size` (1–100), on an
 * unlisted "Paginating API results" page.
 * INFERRED, and agreed with server/simulator/providers/skipcall/routes.ts: the common NestJS paginated
 * shape `{ data, meta: { page, size, total, totalPages, hasNextPage } }` (Skipcall's API is NestJS).
 * Check it against the real API before going live.
 */
export const SkipcallPageMetaWireSchema = z.object({
  page: z.number(),
  size: z.number(),
  total: z.number(),
  totalPages: z.number(),
  hasNextPage: z.boolean(),
})

export const SkipcallCallListWireSchema = z.object({
  data: z.array(SkipcallCallWireSchema),
  meta: SkipcallPageMetaWireSchema,
})

export const SkipcallListEnvelopeWireSchema = z.object({
  data: z.array(z.unknown()),
  meta: SkipcallPageMetaWireSchema,
})

/** `{"code": "API_KEY_INVALID", "details": null}` is the documented 401 body; `details` is free. */
export const SkipcallErrorWireSchema = z.object({ code: z.string(), details: z.optional(z.unknown()) })

import * as z from 'zod/mini'
import { DecimalString, IntString, IsoInstant, JsonObject, opt } from '../adapter-kit/wire-primitives'

/**
 * Leadping call events (`GET /events/calls/{id}`, `POST /events/calls/…` lists) in BOTH revisions:
 * - 2026-07, Leadping's doc pages (leadping.ai/docs; samples in ./fixtures/doc-*-2026-07.json): numbers
 *   as pattern-checked strings, `businessId` / `business`, `telnyxId`, `providerStatus`,
 *   `billingPhoneNumberId`, `metadata`;
 * - 2026-08, the OpenAPI of 2026-08-18 (vendored in server/simulator/providers/leadping/spec): plain
 *   numbers, `organizationId` / `organization`, `organizationName`, `leadName`, `userName`, `userEmail`,
 *   `consoleEntries`.
 * Neither revision marks fields required; we require what identifies and places a call (id, createdAt,
 * direction, both numbers: documented as non-nullable strings) and accept the rest as optional.
 */

/** `string<int32>` in 2026-07, `integer` in 2026-08. */
export const IntLike = z.union([z.number().check(z.int()), IntString])
/** `string<double>` in 2026-07, `number` in 2026-08. */
export const DecimalLike = z.union([z.number(), DecimalString])

/** Documented `PhoneCallStatus` values (2026-08 adds `scheduled`); others map to `unknown`. */
export const LEADPING_CALL_STATUSES = [
  'scheduled',
  'queued',
  'initiated',
  'ringing',
  'in_progress',
  'active',
  'completed',
  'ended',
  'busy',
  'no_answer',
  'failed',
  'canceled',
  'missed',
  'transferred',
  'voicemail',
  'blocked_billing',
  'blocked_phone_number_status',
  'blocked_configuration',
  'blocked_permission',
  'configuration_required',
] as const

export const LeadpingConsoleEntryWireSchema = z.object({
  id: z.optional(z.string()),
  stage: z.optional(z.string()),
  status: z.optional(z.string()),
  message: z.optional(z.string()),
  occurredAt: z.optional(IsoInstant),
})

export const LeadpingCallEventWireSchema = z.object({
  id: z.string(),
  leadId: opt(z.string()),
  userId: opt(z.string()),
  conversationId: opt(z.string()),
  fromPhoneNumberId: opt(z.string()),
  fromPhoneNumber: z.string(),
  toPhoneNumber: z.string(),
  callerId: opt(z.string()),
  status: opt(z.string()),
  statusReason: opt(z.string()),
  direction: z.string(),
  createdAt: IsoInstant,
  answeredAt: opt(IsoInstant),
  endedAt: opt(IsoInstant),
  duration: opt(IntLike),
  billableSeconds: opt(IntLike),
  billableAmount: opt(DecimalLike),
  billingStatus: opt(z.string()),
  recordingUrl: opt(z.string()),
  user: opt(z.string()),
  // 2026-07 only
  telnyxId: opt(z.string()),
  businessId: opt(z.string()),
  business: opt(z.string()),
  billingPhoneNumberId: opt(z.string()),
  providerStatus: opt(z.string()),
  metadata: opt(JsonObject),
  // 2026-08 only
  leadName: opt(z.string()),
  organizationId: opt(z.string()),
  organization: opt(z.string()),
  organizationName: opt(z.string()),
  userName: opt(z.string()),
  userEmail: opt(z.string()),
  consoleEntries: opt(z.array(LeadpingConsoleEntryWireSchema)),
})
export type LeadpingCallEventWire = z.infer<typeof LeadpingCallEventWireSchema>

/** `PagedResultOf<T>`: an opaque forward-only cursor; `continuationToken: null` on the last page. */
export function LeadpingPagedWireSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    pageSize: IntLike,
    totalCount: opt(IntLike),
    continuationToken: opt(z.string()),
  })
}

/** The envelope with items left unparsed, so one bad record does not sink its page. */
export const LeadpingPagedEnvelopeWireSchema = LeadpingPagedWireSchema(z.unknown())

/** RFC 9457 problem details, plus ASP.NET's validation `errors` map and `traceId` (SDK model). */
export const LeadpingProblemWireSchema = z.object({
  type: opt(z.string()),
  title: opt(z.string()),
  status: opt(z.number()),
  detail: opt(z.string()),
  instance: opt(z.string()),
  errors: opt(z.record(z.string(), z.array(z.string()))),
  traceId: opt(z.string()),
})

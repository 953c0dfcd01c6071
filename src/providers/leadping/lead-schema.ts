import * as z from 'zod/mini'
import { IsoInstant, JsonObject, opt } from '../adapter-kit/wire-primitives'

/**
 * `GET /leads/{id}` → `LeadResponse` (2026-08 OpenAPI; the 2026-07 doc pages do not show it). Only
 * what the lead page reads is typed; `metadata` and `customer` stay free objects (raw is kept whole).
 * `source` is not on LeadResponse but on LeadTableRow; accepted when present.
 */
const IdNamePairWireSchema = z.object({ id: z.string(), name: z.string() })

export const LeadpingLeadWireSchema = z.object({
  id: z.string(),
  createdAt: IsoInstant,
  modifiedAt: opt(IsoInstant),
  contact: opt(
    z.object({
      firstName: opt(z.string()),
      lastName: opt(z.string()),
      email: opt(z.string()),
      timeZoneId: opt(z.string()),
      avatarUrl: opt(z.string()),
      phone: opt(z.object({ number: z.string(), type: opt(z.string()), phoneIdentityId: opt(z.string()) })),
    }),
  ),
  phoneIdentity: opt(z.object({ number: z.string() })),
  customer: opt(JsonObject),
  metadata: opt(JsonObject),
  enabled: opt(z.boolean()),
  isArchived: opt(z.boolean()),
  archivedAt: opt(IsoInstant),
  processingStatus: opt(z.string()),
  processingStatusReason: opt(z.string()),
  currentLeadStatus: opt(
    z.object({
      id: opt(z.string()),
      category: opt(z.string()),
      outcome: opt(z.string()),
      displayName: opt(z.string()),
      changedAt: opt(IsoInstant),
      source: opt(z.string()),
    }),
  ),
  tags: opt(
    z.array(
      z.object({ id: z.string(), name: z.string(), normalizedName: opt(z.string()), color: opt(z.string()) }),
    ),
  ),
  source: opt(IdNamePairWireSchema),
})
export type LeadpingLeadWire = z.infer<typeof LeadpingLeadWireSchema>

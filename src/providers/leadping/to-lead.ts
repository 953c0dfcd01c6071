import type { Lead } from '#domain/lead'
import { toIsoUtc } from '#domain/time'
import { orNull } from '../adapter-kit/wire-primitives'
import type { LeadpingLeadWire } from './lead-schema'

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** `LeadResponse` → Lead. The status reads as its display name, with the outcome when it adds to it. */
export function leadpingLeadToLead(wire: LeadpingLeadWire, raw: unknown): Lead {
  const contact = wire.contact ?? null
  const name = [contact?.firstName, contact?.lastName].filter((part) => text(part) !== null).join(' ')
  const phones = [contact?.phone?.number, wire.phoneIdentity?.number].filter(
    (phone): phone is string => text(phone) !== null,
  )
  const status = wire.currentLeadStatus ?? null
  const metadata = wire.metadata ?? {}
  return {
    id: wire.id,
    name: name === '' ? null : name,
    phones: [...new Set(phones)],
    email: text(contact?.email),
    status: text(status?.displayName) ?? text(status?.outcome),
    statusCategory: orNull(status?.category),
    origin: text(wire.source?.name) ?? text(metadata.origin) ?? text(metadata.utmSource),
    tags: (wire.tags ?? []).map((tag) => tag.name),
    createdAt: toIsoUtc(wire.createdAt) ?? wire.createdAt,
    archived: wire.isArchived === true,
    raw,
  }
}

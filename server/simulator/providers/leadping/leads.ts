import type { LeadProfileData } from '../../seed/lead-profile'
import { COMPANY } from '../../seed/names'
import { derivedUuid, hashString } from '../../prng'
import type { SimContext } from '../../sim-context'
import { isoMillis } from '../../time'

export type LeadRow = {
  id: number
  uuid: string
  first_name: string | null
  last_name: string | null
  email: string | null
  e164: string
  phone_uuid: string
  agent_uuid: string | null
  created_us: number
  profile: string
}

export const LEAD_SQL = `SELECT ld.id, ld.uuid, ld.first_name, ld.last_name, ld.email, n.e164, n.uuid AS phone_uuid,
  a.uuid AS agent_uuid, ld.created_us, ld.profile FROM leads ld JOIN numbers n ON n.id = ld.number_id
  LEFT JOIN agents a ON a.id = ld.agent_id WHERE ld.uuid = ? AND ld.created_us <= ?`

const TAG_COLORS = ['#e11d48', '#2563eb', '#16a34a', '#ca8a04', '#9333ea', null]

/** A `LeadResponse`. The 2026-07 revision says `businessId` where 2026-08 says `organizationId`. */
export function serializeLead(ctx: SimContext, row: LeadRow): Record<string, unknown> {
  const p = JSON.parse(row.profile) as LeadProfileData
  const h = hashString(row.uuid)
  const iso = (us: number | null) => (us === null ? null : isoMillis(us))
  const owner =
    ctx.leadpingRevision === '2026-07'
      ? { businessId: COMPANY.organizationId }
      : { organizationId: COMPANY.organizationId }
  const status = p.status
  return {
    id: row.uuid,
    createdAt: isoMillis(row.created_us),
    modifiedAt: iso(status?.changedUs ?? row.created_us),
    enabled: true,
    deletedAt: null,
    deletedByUserId: null,
    archivedAt: p.archived ? iso(status?.changedUs ?? row.created_us) : null,
    archivedByUserId: p.archived ? row.agent_uuid : null,
    archiveReason: p.archived ? 2 : null,
    archiveNote: p.archived ? 'Not interested after follow-up' : null,
    isArchived: p.archived,
    contact: {
      firstName: row.first_name,
      lastName: row.last_name,
      streetAddress: {
        line1: p.line1,
        line2: null,
        city: p.city,
        state: p.state,
        province: null,
        region: null,
        postalCode: p.postalCode,
        country: 'US',
        additionalInfo: null,
      },
      coordinate: { latitude: p.lat, longitude: p.lon },
      timeZoneId: p.tz,
      phone: { phoneIdentityId: row.phone_uuid, number: row.e164, type: p.phoneType },
      email: row.email,
      avatarUrl: null,
    },
    phoneIdentity: null,
    customer: {
      gender: p.gender,
      height: null,
      weight: null,
      birthDate: p.birthYear === null ? null : `${p.birthYear}-0${(h % 9) + 1}-1${h % 9}`,
      maritalStatus: null,
      income: null,
      isHomeowner: p.homeowner,
      monthsAtResidence: null,
      creditScore: p.creditScore,
      hasBankruptcy: null,
      employmentType: null,
      numberOfDependents: null,
      hasMedicalCondition: null,
    },
    currentLeadStatus: status && {
      id: derivedUuid(h, hashString(status.displayName)),
      category: status.category,
      outcome: status.outcome,
      displayName: status.displayName,
      changedAt: isoMillis(status.changedUs),
      changedByUserId: status.source === 'User' ? row.agent_uuid : null,
      changedByAutomationId: status.source === 'Automation' ? derivedUuid(ctx.seed, 0xa7) : null,
      source: status.source,
    },
    processingStatus: 'Ready',
    processingStatusReason: null,
    processingStatusChangedAt: isoMillis(row.created_us + 2_000_000),
    tags: p.tags.map((name) => ({
      id: derivedUuid(ctx.seed, 0x7a, hashString(name)),
      name,
      normalizedName: name.toLowerCase(),
      color: TAG_COLORS[hashString(name) % TAG_COLORS.length] ?? null,
    })),
    metadata: {
      utmSource: p.utmSource,
      utmMedium: p.utmSource ? 'cpc' : null,
      utmCampaign: p.utmCampaign,
      utmTerm: null,
      utmContent: null,
      referrer: p.utmSource ? `https://www.${p.utmSource}.com/` : null,
      landingPage: 'https://brightline-solar.example/quote',
      subId: null,
      pubId: null,
      ipAddress: `203.0.113.${h % 250}`,
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)',
      externalId: `BL-${100000 + row.id}`,
      sellerLeadId: null,
      createdAt: isoMillis(row.created_us),
      price: p.price,
      directPostPrice: null,
      product: p.product,
      vertical: p.vertical,
      complianceStatus: 'compliant',
      complianceBlockedReason: null,
      sourceMetadata: { form: 'quote-v3' },
      origin: 'web',
      importBatchId: null,
      isImported: false,
      assignedPhoneNumberId: null,
      smsConsentStatus: p.smsOptedOutUs ? 'opted_out' : 'opted_in',
      smsOptedOut: p.smsOptedOutUs !== null,
      smsOptOutAt: iso(p.smsOptedOutUs),
      smsOptInAt: isoMillis(row.created_us),
      smsHelpRequestedAt: null,
      smsConsentPhoneNumber: row.e164,
      trustedFormUrl: `https://cert.trustedform.com/${row.uuid.replace(/-/g, '')}`,
      trustedFormCheckedAt: isoMillis(row.created_us + 5_000_000),
      userId: row.agent_uuid,
      ...owner,
    },
  }
}

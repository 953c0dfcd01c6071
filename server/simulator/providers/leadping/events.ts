import { COMPANY } from '../../seed/names'
import { derivedUuid, hashString } from '../../prng'
import type { SimContext } from '../../sim-context'
import { isoMillis, isoSeconds } from '../../time'
import { EVENT_FIELDS, EVENT_STATUS_SQL } from './fields'
import type { LeadpingTable } from './list'

const EVENT_FROM = `lp_events e JOIN leads ld ON ld.id = e.lead_id LEFT JOIN lp_calls c ON c.id = e.call_id
  LEFT JOIN agents a ON a.id = e.agent_id`
const EVENT_SELECT = `e.*, ${EVENT_STATUS_SQL} AS live_status, ld.uuid AS lead_uuid, c.uuid AS call_uuid,
  a.uuid AS agent_uuid, a.first_name AS agent_first, a.last_name AS agent_last, a.email AS agent_email`

type Us = number | null
export type EventRow = {
  id: number
  uuid: string
  kind: string
  event_type: string
  category: string | null
  live_status: string | null
  status_reason: string | null
  direction: string | null
  conversation_uuid: string | null
  from_number: string | null
  to_number: string | null
  from_phone_uuid: string | null
  summary: string | null
  description: string
  traffic: string | null
  selection: string | null
  overridden: number
  compliance: string | null
  billing_status: string | null
  billable_amount: number | null
  error_code: string | null
  retry_count: number
  created_us: number
  queued_us: Us
  sending_us: Us
  sent_us: Us
  delivered_us: Us
  received_us: Us
  failed_us: Us
  undeliverable_us: Us
  blocked_us: Us
  next_retry_us: Us
  scheduled_us: Us
  scheduled_reason: string | null
  canceled_us: Us
  cancel_reason: string | null
  provider_message_id: string | null
  telnyx_id: string | null
  media_count: number
  lead_uuid: string
  call_uuid: string | null
  agent_uuid: string | null
  agent_first: string | null
  agent_last: string | null
  agent_email: string | null
}

/** Lead events, as the list endpoints and `GET` by id read them. */
export const EVENT_TABLE: LeadpingTable = {
  alias: 'e',
  from: EVENT_FROM,
  baseFrom: 'lp_events e',
  optionalAliases: ['ld', 'c', 'a'],
  fields: EVENT_FIELDS,
  select: EVENT_SELECT,
}

const CATEGORY: Record<string, string> = {
  Sms: 'Messaging',
  Mms: 'Messaging',
  Message: 'Messaging',
  Warmup: 'Messaging',
  Call: 'Calling',
  Voicemail: 'Calling',
  Note: 'Notes',
  Disposition: 'Lead',
  LeadCreated: 'Lead',
  LeadUpdated: 'Lead',
  Notification: 'System',
  Payment: 'Billing',
}

function timestamps(row: EventRow, iso: (us: number) => string) {
  const t = (us: Us) => (us === null ? null : iso(us))
  return {
    queuedAt: t(row.queued_us),
    sendingStartedAt: t(row.sending_us),
    sentAt: t(row.sent_us),
    deliveredAt: t(row.delivered_us),
    receivedAt: t(row.received_us),
    failedAt: t(row.failed_us),
    undeliverableAt: t(row.undeliverable_us),
    blockedAt: t(row.blocked_us),
    nextRetryAt: t(row.next_retry_us),
    scheduledFor: t(row.scheduled_us),
    scheduledReason: row.scheduled_reason,
    canceledAt: t(row.canceled_us),
    cancelReason: row.cancel_reason,
  }
}

/** An `EventTableRow` (lead timeline item) in the configured revision. */
export function serializeEvent(ctx: SimContext, row: EventRow, origin: string): Record<string, unknown> {
  const messaging = CATEGORY[row.kind] === 'Messaging'
  const outbound = row.direction === 'outbound'
  const common = {
    id: row.uuid,
    eventType: row.event_type,
    eventCategory: row.category,
    conversationId: row.conversation_uuid,
    leadId: row.lead_uuid,
    summary: row.summary,
    direction: row.direction,
    status: row.live_status,
    statusReason: row.status_reason,
    trafficType: row.traffic,
    fromPhoneNumberId: row.from_phone_uuid,
    outboundPhoneNumberId: outbound ? row.from_phone_uuid : null,
    fromPhoneNumber: row.from_number,
    toPhoneNumber: row.to_number,
    selectionReason: row.selection,
    wasManuallyOverridden: row.overridden === 1,
    campaignId: messaging && outbound ? derivedUuid(ctx.seed, 0xca, hashString(row.lead_uuid) % 4) : null,
    sourceId: row.kind === 'LeadCreated' ? derivedUuid(ctx.seed, 0x50, hashString(row.lead_uuid) % 5) : null,
    complianceAction: row.compliance,
    billingStatus: row.billing_status,
    errorCode: row.error_code,
  }
  const createdBy = row.agent_email ?? (row.kind === 'LeadCreated' ? 'api' : 'system')
  if (ctx.leadpingRevision === '2026-07') {
    return {
      ...common,
      activityType: row.kind,
      activityCategory: CATEGORY[row.kind] ?? 'System',
      description: row.description,
      isWarmup: row.traffic === 'Warmup',
      telnyxId: row.telnyx_id,
      providerMessageId: row.provider_message_id,
      tenDlcCampaignId: messaging && outbound ? 'CBRT4LX' : null,
      billableAmount: row.billable_amount === null ? null : String(row.billable_amount),
      retryCount: String(row.retry_count),
      ...timestamps(row, isoSeconds),
      createdAt: isoSeconds(row.created_us),
      createdBy,
    }
  }
  const media = Array.from({ length: row.media_count }, (_, i) => ({
    url: `${origin}/sim-media/leadping/media/${row.uuid}/${i}.png`,
    contentType: 'image/png',
    size: null,
    sha256: null,
    fileName: `photo-${i + 1}.png`,
  }))
  return {
    ...common,
    timelineType: row.kind === 'Disposition' ? 'LeadStatusChange' : row.kind,
    timelineCategory: CATEGORY[row.kind] ?? 'System',
    relatedEntityType: row.call_uuid ? 'CallEvent' : messaging ? 'SmsEvent' : null,
    relatedEntityId: row.call_uuid ?? (messaging ? row.provider_message_id : null),
    media,
    billableAmount: row.billable_amount,
    retryCount: row.retry_count,
    ...timestamps(row, isoMillis),
    createdAt: isoMillis(row.created_us),
    createdBy,
    actorUserId: row.agent_uuid,
    actorDisplayName: row.agent_first
      ? `${row.agent_first} ${row.agent_last ?? ''}`.trim()
      : row.kind === 'LeadCreated'
        ? COMPANY.name
        : null,
    actorEmail: row.agent_email,
  }
}

import { COMPANY } from '../../seed/names'

/**
 * The fields a Leadping list can filter, range-filter, sort and search on, per revision. Leadping does
 * not publish the list ("supported names are determined by the queried resource"); we accept the
 * camelCase property names of the row, which is what the SDK comments suggest. Each maps to an SQL
 * expression over the aliases used by the list queries (c = call, e = event, ld = lead, a = agent).
 * Expressions may use @now, the data clock, so calls under way filter and sort by their live status.
 */
export type FieldType = 'string' | 'number' | 'datetime' | 'boolean'
/** `notNull` fields sort without a COALESCE, so SQLite can walk an index in order. */
export type Field = { sql: string; type: FieldType; search?: boolean; notNull?: boolean }
export type FieldSet = Record<string, Field>

export const CALL_STATUS_SQL = `CASE WHEN c.ended_us IS NOT NULL AND c.ended_us > @now THEN
  (CASE WHEN c.answered_us IS NOT NULL AND c.answered_us <= @now THEN 'in_progress' ELSE 'ringing' END) ELSE c.status END`
const ANSWERED_SQL = 'CASE WHEN c.answered_us <= @now THEN c.answered_us END'
const ENDED_SQL = 'CASE WHEN c.ended_us <= @now THEN c.ended_us END'
const LEAD_NAME_SQL = "TRIM(COALESCE(ld.first_name, '') || ' ' || COALESCE(ld.last_name, ''))"
const AGENT_NAME_SQL = "TRIM(COALESCE(a.first_name, '') || ' ' || COALESCE(a.last_name, ''))"
const ORG = `'${COMPANY.organizationId}'`

const CALL_COMMON: FieldSet = {
  id: { sql: 'c.uuid', type: 'string', notNull: true },
  leadId: { sql: 'ld.uuid', type: 'string' },
  userId: { sql: 'a.uuid', type: 'string' },
  conversationId: { sql: 'c.conversation_uuid', type: 'string' },
  fromPhoneNumberId: { sql: 'c.from_phone_uuid', type: 'string' },
  fromPhoneNumber: { sql: 'c.from_number', type: 'string', search: true },
  toPhoneNumber: { sql: 'c.to_number', type: 'string', search: true },
  callerId: { sql: 'c.caller_id', type: 'string', search: true },
  status: { sql: CALL_STATUS_SQL, type: 'string' },
  statusReason: { sql: 'c.status_reason', type: 'string', search: true },
  direction: { sql: 'c.direction', type: 'string', notNull: true },
  createdAt: { sql: 'c.created_us', type: 'datetime', notNull: true },
  answeredAt: { sql: ANSWERED_SQL, type: 'datetime' },
  endedAt: { sql: ENDED_SQL, type: 'datetime' },
  duration: { sql: `CASE WHEN c.ended_us <= @now THEN c.duration_s END`, type: 'number' },
  billableSeconds: { sql: 'CASE WHEN c.ended_us <= @now THEN c.billable_seconds END', type: 'number' },
  billableAmount: { sql: 'CASE WHEN c.ended_us <= @now THEN c.billable_amount END', type: 'number' },
  billingStatus: { sql: 'c.billing_status', type: 'string' },
  user: { sql: AGENT_NAME_SQL, type: 'string', search: true },
}

export const CALL_FIELDS: Record<'2026-07' | '2026-08', FieldSet> = {
  '2026-07': {
    ...CALL_COMMON,
    telnyxId: { sql: 'c.telnyx_id', type: 'string' },
    businessId: { sql: ORG, type: 'string' },
    billingPhoneNumberId: { sql: 'c.billing_phone_uuid', type: 'string' },
    providerStatus: { sql: 'c.provider_status', type: 'string' },
    business: { sql: `'${COMPANY.name}'`, type: 'string' },
  },
  '2026-08': {
    ...CALL_COMMON,
    leadName: { sql: LEAD_NAME_SQL, type: 'string', search: true },
    organizationId: { sql: ORG, type: 'string' },
    userName: { sql: AGENT_NAME_SQL, type: 'string', search: true },
    userEmail: { sql: 'a.email', type: 'string', search: true },
    organization: { sql: `'${COMPANY.name}'`, type: 'string' },
    organizationName: { sql: `'${COMPANY.name}'`, type: 'string' },
  },
}

export const EVENT_STATUS_SQL = `CASE WHEN c.id IS NOT NULL AND c.ended_us > @now THEN
  (CASE WHEN c.answered_us IS NOT NULL AND c.answered_us <= @now THEN 'Active' ELSE 'Ringing' END) ELSE e.status END`
const TIMELINE_TYPE_08 = "CASE e.kind WHEN 'Disposition' THEN 'LeadStatusChange' ELSE e.kind END"

const EVENT_COMMON: FieldSet = {
  id: { sql: 'e.uuid', type: 'string', notNull: true },
  eventType: { sql: 'e.event_type', type: 'string' },
  eventCategory: { sql: 'e.category', type: 'string' },
  conversationId: { sql: 'e.conversation_uuid', type: 'string' },
  leadId: { sql: 'ld.uuid', type: 'string' },
  summary: { sql: 'e.summary', type: 'string', search: true },
  direction: { sql: 'e.direction', type: 'string' },
  status: { sql: EVENT_STATUS_SQL, type: 'string' },
  statusReason: { sql: 'e.status_reason', type: 'string', search: true },
  trafficType: { sql: 'e.traffic', type: 'string' },
  fromPhoneNumber: { sql: 'e.from_number', type: 'string', search: true },
  toPhoneNumber: { sql: 'e.to_number', type: 'string', search: true },
  selectionReason: { sql: 'e.selection', type: 'string' },
  wasManuallyOverridden: { sql: 'e.overridden', type: 'boolean' },
  complianceAction: { sql: 'e.compliance', type: 'string' },
  billingStatus: { sql: 'e.billing_status', type: 'string' },
  billableAmount: { sql: 'e.billable_amount', type: 'number' },
  errorCode: { sql: 'e.error_code', type: 'string' },
  retryCount: { sql: 'e.retry_count', type: 'number' },
  createdAt: { sql: 'e.created_us', type: 'datetime', notNull: true },
  queuedAt: { sql: 'e.queued_us', type: 'datetime' },
  sentAt: { sql: 'e.sent_us', type: 'datetime' },
  deliveredAt: { sql: 'e.delivered_us', type: 'datetime' },
  receivedAt: { sql: 'e.received_us', type: 'datetime' },
  failedAt: { sql: 'e.failed_us', type: 'datetime' },
  scheduledFor: { sql: 'e.scheduled_us', type: 'datetime' },
  canceledAt: { sql: 'e.canceled_us', type: 'datetime' },
}

export const EVENT_FIELDS: Record<'2026-07' | '2026-08', FieldSet> = {
  '2026-07': {
    ...EVENT_COMMON,
    activityType: { sql: 'e.kind', type: 'string' },
    description: { sql: 'e.description', type: 'string', search: true },
    isWarmup: { sql: "(e.traffic = 'Warmup')", type: 'boolean' },
    telnyxId: { sql: 'e.telnyx_id', type: 'string' },
    providerMessageId: { sql: 'e.provider_message_id', type: 'string' },
  },
  '2026-08': {
    ...EVENT_COMMON,
    timelineType: { sql: TIMELINE_TYPE_08, type: 'string' },
    relatedEntityId: { sql: 'c.uuid', type: 'string' },
  },
}

import type { Db } from '../db'
import { randomUuid, type Rng } from '../prng'

/** One Leadping timeline row as stored; every optional column defaults to null. */
export type LpEventRow = {
  leadId: number
  kind: string
  eventType: string
  category: string | null
  status: string | null
  description: string
  createdUs: number
  statusReason?: string | null
  direction?: string | null
  conversationUuid?: string | null
  fromNumber?: string | null
  toNumber?: string | null
  fromPhoneUuid?: string | null
  summary?: string | null
  traffic?: string | null
  selection?: string | null
  overridden?: boolean
  campaignUuid?: string | null
  sourceUuid?: string | null
  compliance?: string | null
  billingStatus?: string | null
  billableAmount?: number | null
  errorCode?: string | null
  retryCount?: number
  queuedUs?: number | null
  sendingUs?: number | null
  sentUs?: number | null
  deliveredUs?: number | null
  receivedUs?: number | null
  failedUs?: number | null
  undeliverableUs?: number | null
  blockedUs?: number | null
  nextRetryUs?: number | null
  scheduledUs?: number | null
  scheduledReason?: string | null
  canceledUs?: number | null
  cancelReason?: string | null
  callId?: number | null
  agentId?: number | null
  providerMessageId?: string | null
  telnyxId?: string | null
  mediaCount?: number
}

/** One Leadping call as stored. `status` is the final outcome; calls under way are derived at read time. */
export type LpCallRow = {
  leadId: number | null
  agentId: number | null
  direction: 'inbound' | 'outbound'
  status: string
  statusReason: string | null
  providerStatus: string | null
  fromNumber: string
  toNumber: string
  fromPhoneUuid: string | null
  billingPhoneUuid: string | null
  callerId: string | null
  conversationUuid: string | null
  telnyxId: string | null
  createdUs: number
  answeredUs: number | null
  endedUs: number | null
  billableSeconds: number | null
  billableAmount: number | null
  billingStatus: string | null
  recording: number
  metadata: Record<string, string>
}

const EVENT_COLUMNS = [
  'id',
  'uuid',
  'lead_id',
  'kind',
  'event_type',
  'category',
  'status',
  'status_reason',
  'direction',
  'conversation_uuid',
  'from_number',
  'to_number',
  'from_phone_uuid',
  'summary',
  'description',
  'traffic',
  'selection',
  'overridden',
  'campaign_uuid',
  'source_uuid',
  'compliance',
  'billing_status',
  'billable_amount',
  'error_code',
  'retry_count',
  'created_us',
  'queued_us',
  'sending_us',
  'sent_us',
  'delivered_us',
  'received_us',
  'failed_us',
  'undeliverable_us',
  'blocked_us',
  'next_retry_us',
  'scheduled_us',
  'scheduled_reason',
  'canceled_us',
  'cancel_reason',
  'call_id',
  'agent_id',
  'provider_message_id',
  'telnyx_id',
  'media_count',
]

const CALL_COLUMNS = [
  'id',
  'uuid',
  'lead_id',
  'agent_id',
  'direction',
  'status',
  'status_reason',
  'provider_status',
  'from_number',
  'to_number',
  'from_phone_uuid',
  'billing_phone_uuid',
  'caller_id',
  'conversation_uuid',
  'telnyx_id',
  'created_us',
  'answered_us',
  'ended_us',
  'duration_s',
  'billable_seconds',
  'billable_amount',
  'billing_status',
  'recording',
  'metadata',
]

function insertSql(table: string, columns: string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
}

const r = (us: number | null | undefined): number | null =>
  us === null || us === undefined ? null : Math.round(us)

export class LeadpingWriter {
  private readonly insertEvent
  private readonly insertCall
  private eventId: number
  private callId: number

  constructor(db: Db) {
    this.insertEvent = db.prepare(insertSql('lp_events', EVENT_COLUMNS))
    this.insertCall = db.prepare(insertSql('lp_calls', CALL_COLUMNS))
    const max = db
      .prepare(
        'SELECT (SELECT COALESCE(MAX(id), 0) FROM lp_events) AS e, (SELECT COALESCE(MAX(id), 0) FROM lp_calls) AS c',
      )
      .get() as { e: number; c: number }
    this.eventId = max.e
    this.callId = max.c
  }

  event(rng: Rng, e: LpEventRow): number {
    const id = ++this.eventId
    this.insertEvent.run(
      id,
      randomUuid(rng),
      e.leadId,
      e.kind,
      e.eventType,
      e.category,
      e.status,
      e.statusReason ?? null,
      e.direction ?? null,
      e.conversationUuid ?? null,
      e.fromNumber ?? null,
      e.toNumber ?? null,
      e.fromPhoneUuid ?? null,
      e.summary ?? null,
      e.description,
      e.traffic ?? null,
      e.selection ?? null,
      e.overridden ? 1 : 0,
      e.campaignUuid ?? null,
      e.sourceUuid ?? null,
      e.compliance ?? null,
      e.billingStatus ?? null,
      e.billableAmount ?? null,
      e.errorCode ?? null,
      e.retryCount ?? 0,
      r(e.createdUs),
      r(e.queuedUs),
      r(e.sendingUs),
      r(e.sentUs),
      r(e.deliveredUs),
      r(e.receivedUs),
      r(e.failedUs),
      r(e.undeliverableUs),
      r(e.blockedUs),
      r(e.nextRetryUs),
      r(e.scheduledUs),
      e.scheduledReason ?? null,
      r(e.canceledUs),
      e.cancelReason ?? null,
      e.callId ?? null,
      e.agentId ?? null,
      e.providerMessageId ?? null,
      e.telnyxId ?? null,
      e.mediaCount ?? 0,
    )
    return id
  }

  call(rng: Rng, c: LpCallRow): { id: number; uuid: string } {
    const id = ++this.callId
    const uuid = randomUuid(rng)
    const durationS = c.endedUs === null ? null : Math.round((c.endedUs - c.createdUs) / 1e6)
    this.insertCall.run(
      id,
      uuid,
      c.leadId,
      c.agentId,
      c.direction,
      c.status,
      c.statusReason,
      c.providerStatus,
      c.fromNumber,
      c.toNumber,
      c.fromPhoneUuid,
      c.billingPhoneUuid,
      c.callerId,
      c.conversationUuid,
      c.telnyxId,
      r(c.createdUs),
      r(c.answeredUs),
      r(c.endedUs),
      durationS,
      c.billableSeconds,
      c.billableAmount,
      c.billingStatus,
      c.recording,
      JSON.stringify(c.metadata),
    )
    return { id, uuid }
  }
}

import { HOSTILE_URLS } from '../../seed/hostile'
import { LP_RECORDING } from '../../seed/leadping-calls'
import { COMPANY } from '../../seed/names'
import { derivedUuid, hashString } from '../../prng'
import type { SimContext } from '../../sim-context'
import { isoMillis, isoSeconds } from '../../time'
import { CALL_FIELDS, CALL_STATUS_SQL } from './fields'
import type { LeadpingTable } from './list'

/** Columns every call query selects; `status`, `answered_us` and `ended_us` are as of the data clock. */
const CALL_FROM = 'lp_calls c LEFT JOIN leads ld ON ld.id = c.lead_id LEFT JOIN agents a ON a.id = c.agent_id'
const CALL_SELECT = `c.id AS rid, c.uuid, ld.uuid AS lead_uuid, ld.first_name AS lead_first, ld.last_name AS lead_last,
  a.uuid AS agent_uuid, a.first_name AS agent_first, a.last_name AS agent_last, a.email AS agent_email,
  c.conversation_uuid, c.from_phone_uuid, c.billing_phone_uuid, c.from_number, c.to_number, c.caller_id,
  ${CALL_STATUS_SQL} AS status, c.status_reason, c.direction, c.provider_status, c.created_us,
  CASE WHEN c.answered_us <= @now THEN c.answered_us END AS answered_us,
  CASE WHEN c.ended_us <= @now THEN c.ended_us END AS ended_us, c.duration_s, c.billable_seconds, c.billable_amount,
  c.billing_status, c.recording, c.telnyx_id, c.metadata`

export type CallRow = {
  rid: number
  uuid: string
  lead_uuid: string | null
  lead_first: string | null
  lead_last: string | null
  agent_uuid: string | null
  agent_first: string | null
  agent_last: string | null
  agent_email: string | null
  conversation_uuid: string | null
  from_phone_uuid: string | null
  billing_phone_uuid: string | null
  from_number: string
  to_number: string
  caller_id: string | null
  status: string
  status_reason: string | null
  direction: string
  provider_status: string | null
  created_us: number
  answered_us: number | null
  ended_us: number | null
  duration_s: number | null
  billable_seconds: number | null
  billable_amount: number | null
  billing_status: string | null
  recording: number
  telnyx_id: string | null
  metadata: string
}

/** Call events, as the list endpoints and `GET` by id read them. */
export const CALL_TABLE: LeadpingTable = {
  alias: 'c',
  from: CALL_FROM,
  baseFrom: 'lp_calls c',
  optionalAliases: ['ld', 'a'],
  fields: CALL_FIELDS,
  select: CALL_SELECT,
}

function recordingUrl(row: CallRow, origin: string): string | null {
  if (row.ended_us === null) return null
  switch (row.recording) {
    case LP_RECORDING.ok:
    case LP_RECORDING.missing:
      return `${origin}/sim-media/leadping/recordings/${row.uuid}.wav`
    case LP_RECORDING.javascript:
      return HOSTILE_URLS[0]
    case LP_RECORDING.data:
      return HOSTILE_URLS[1]
    default:
      return null
  }
}

function consoleEntries(row: CallRow) {
  const at = (us: number) => isoMillis(us)
  const entry = (stage: string, status: string, message: string, us: number) => ({
    id: derivedUuid(hashString(row.uuid), hashString(stage)),
    stage,
    status,
    message,
    occurredAt: at(us),
  })
  const entries = [entry('queued', 'completed', 'Call queued', row.created_us)]
  if (row.provider_status === null && row.ended_us !== null) {
    entries.push(entry('blocked', 'failed', row.status_reason ?? 'Call was not placed', row.ended_us))
    return entries
  }
  if (row.status === 'scheduled' || row.status === 'queued') return entries
  entries.push(entry('dialing', 'completed', `Dialing ${row.to_number}`, row.created_us + 250_000))
  if (row.answered_us !== null) entries.push(entry('answered', 'completed', 'Call answered', row.answered_us))
  if (row.ended_us !== null) {
    const ok = ['completed', 'transferred', 'voicemail'].includes(row.status)
    entries.push(entry('ended', ok ? 'completed' : 'failed', row.status_reason ?? 'Call ended', row.ended_us))
  }
  return entries
}

/** A `CallEventTableRow` in the configured revision (doc pages = 2026-07, OpenAPI = 2026-08). */
export function serializeCall(ctx: SimContext, row: CallRow, origin: string): Record<string, unknown> {
  const live = row.ended_us === null && row.status !== 'scheduled' && row.status !== 'queued'
  const ended = row.ended_us !== null
  const billable = ended ? row.billable_seconds : null
  const amount = ended ? row.billable_amount : null
  const duration = ended ? row.duration_s : null
  const agentName = [row.agent_first, row.agent_last].filter(Boolean).join(' ')
  const common = {
    id: row.uuid,
    leadId: row.lead_uuid,
    userId: row.agent_uuid,
    conversationId: row.conversation_uuid,
    fromPhoneNumberId: row.from_phone_uuid,
    fromPhoneNumber: row.from_number,
    toPhoneNumber: row.to_number,
    callerId: row.caller_id,
    status: row.status,
    statusReason: live ? null : row.status_reason,
    direction: row.direction,
  }
  const billingStatus = live ? 'pending' : row.billing_status
  if (ctx.leadpingRevision === '2026-07') {
    return {
      ...common,
      telnyxId: row.telnyx_id,
      businessId: COMPANY.organizationId,
      billingPhoneNumberId: row.billing_phone_uuid,
      providerStatus: live ? (row.answered_us === null ? 'ringing' : 'in-progress') : row.provider_status,
      createdAt: isoSeconds(row.created_us),
      answeredAt: row.answered_us === null ? null : isoSeconds(row.answered_us),
      endedAt: row.ended_us === null ? null : isoSeconds(row.ended_us),
      duration: duration === null ? null : String(duration),
      billableSeconds: billable === null ? null : String(billable),
      billableAmount: amount === null ? null : String(amount),
      billingStatus,
      recordingUrl: recordingUrl(row, origin),
      metadata: JSON.parse(row.metadata) as unknown,
      user: agentName,
      business: COMPANY.name,
    }
  }
  return {
    ...common,
    leadName: row.lead_uuid ? [row.lead_first, row.lead_last].filter(Boolean).join(' ') : null,
    organizationId: COMPANY.organizationId,
    userName: agentName || null,
    userEmail: row.agent_email,
    createdAt: isoMillis(row.created_us),
    answeredAt: row.answered_us === null ? null : isoMillis(row.answered_us),
    endedAt: row.ended_us === null ? null : isoMillis(row.ended_us),
    duration,
    billableSeconds: billable,
    billableAmount: amount,
    billingStatus,
    recordingUrl: recordingUrl(row, origin),
    consoleEntries: consoleEntries(row),
    user: agentName,
    organization: COMPANY.name,
    organizationName: COMPANY.name,
  }
}

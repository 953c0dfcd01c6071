import { randomUuid, type Rng } from '../prng'
import { US_PER_DAY, US_PER_MIN, US_PER_SEC as S } from '../time'
import type { LeadpingWriter, LpEventRow } from './leadping-writer'
import type { LeadRef, NumberRef } from './world'

/**
 * SMS and MMS on a lead's timeline, each one row whose status is where it ended up on the ladder
 * scheduled → queued → sending → sent → delivered, or on a failure branch (failed, undeliverable,
 * opted out, blocked, canceled — spelled both `Cancelled` and `Canceled`, as Leadping does).
 */
export const MESSAGE_OUTCOMES = [
  'Delivered',
  'Sent',
  'Failed',
  'Undeliverable',
  'Opted out',
  'Blocked',
  'Cancelled',
  'Canceled',
  'Queued',
  'Sending',
  'Scheduled',
] as const
export type MessageOutcome = (typeof MESSAGE_OUTCOMES)[number]
const WEIGHTS = [72, 6, 4, 4, 2, 2, 2, 1, 1, 0.5, 0]

export function pickOutcome(rng: Rng): MessageOutcome {
  return rng.weighted(MESSAGE_OUTCOMES, WEIGHTS)
}

export type MessageSpec = {
  lead: LeadRef
  company: NumberRef
  direction: 'inbound' | 'outbound'
  atUs: number
  text: string
  outcome?: MessageOutcome
  mms?: boolean
  traffic?: string
  agentId?: number | null
  anchorUs: number
}

export function writeMessage(w: LeadpingWriter, rng: Rng, m: MessageSpec): MessageOutcome | 'Received' {
  const kind = m.traffic === 'Warmup' ? 'Warmup' : m.mms ? 'Mms' : 'Sms'
  const base: LpEventRow = {
    leadId: m.lead.id,
    kind,
    eventType: `${m.mms ? 'mms' : 'sms'}.${m.direction}`,
    category: 'Communication',
    status: 'Received',
    description: `${m.mms ? 'MMS' : 'SMS'} ${m.direction === 'inbound' ? 'received from' : 'sent to'} ${m.lead.number.e164}`,
    summary: m.text,
    direction: m.direction,
    conversationUuid: m.lead.conversationUuid,
    fromNumber: m.direction === 'inbound' ? m.lead.number.e164 : m.company.e164,
    toNumber: m.direction === 'inbound' ? m.company.e164 : m.lead.number.e164,
    fromPhoneUuid: m.direction === 'outbound' ? m.company.uuid : null,
    traffic: m.traffic ?? 'RealLead',
    createdUs: m.atUs,
    agentId: m.agentId ?? null,
    providerMessageId: randomUuid(rng),
    mediaCount: m.mms ? rng.int(1, 2) : 0,
  }
  if (m.direction === 'inbound') {
    w.event(rng, { ...base, receivedUs: m.atUs + 0.4 * S, billingStatus: 'billed', billableAmount: 0.004 })
    return 'Received'
  }
  const outcome = m.outcome ?? pickOutcome(rng)
  const t = m.atUs
  const queued = t + 0.3 * S
  const sending = queued + rng.skewed(0.8, 0.4, 0.1, 4) * S
  const sent = sending + rng.skewed(1.2, 0.4, 0.2, 5) * S
  const e: LpEventRow = {
    ...base,
    status: outcome,
    selection: rng.pick([
      'StickyConversation',
      'LocalArea',
      'LeadAssigned',
      'CampaignOrSource',
      'HealthyPool',
    ]),
    overridden: rng.chance(0.03),
    billingStatus: 'billed',
    billableAmount: m.mms ? 0.015 : 0.004,
  }
  switch (outcome) {
    case 'Delivered':
      Object.assign(e, {
        queuedUs: queued,
        sendingUs: sending,
        sentUs: sent,
        deliveredUs: sent + rng.skewed(4, 0.6, 0.5, 60) * S,
      })
      break
    case 'Sent':
      Object.assign(e, { queuedUs: queued, sendingUs: sending, sentUs: sent })
      break
    case 'Failed':
      Object.assign(e, {
        queuedUs: queued,
        sendingUs: sending,
        failedUs: sent,
        errorCode: rng.pick(['40002', '40008', '30008']),
        retryCount: rng.int(0, 2),
        traffic: 'FailedAttempt',
        billingStatus: 'not_billable',
        billableAmount: 0,
      })
      break
    case 'Undeliverable':
      Object.assign(e, {
        queuedUs: queued,
        sendingUs: sending,
        sentUs: sent,
        undeliverableUs: sent + 3 * S,
        errorCode: '40300',
        statusReason: 'Destination is a landline or cannot receive SMS',
      })
      break
    case 'Opted out':
      Object.assign(e, {
        queuedUs: queued,
        blockedUs: queued + 0.1 * S,
        complianceAction: 'suppressed_opt_out',
        statusReason: 'Lead replied STOP earlier',
        billingStatus: 'not_billable',
        billableAmount: 0,
      })
      break
    case 'Blocked':
      Object.assign(e, {
        queuedUs: queued,
        blockedUs: queued + 0.1 * S,
        complianceAction: 'quiet_hours',
        statusReason: 'Blocked by quiet hours (TCPA)',
        billingStatus: 'not_billable',
        billableAmount: 0,
      })
      break
    case 'Cancelled':
    case 'Canceled':
      Object.assign(e, {
        scheduledUs: t + 2 * US_PER_DAY,
        scheduledReason: 'Follow-up automation',
        canceledUs: t + rng.skewed(120, 1, 5, 2000) * US_PER_MIN,
        cancelReason:
          outcome === 'Cancelled' ? 'Lead replied before the follow-up was sent' : 'Canceled by agent',
        billingStatus: 'not_billable',
        billableAmount: 0,
      })
      break
    case 'Queued':
      Object.assign(e, {
        queuedUs: queued,
        retryCount: rng.int(1, 3),
        nextRetryUs: m.anchorUs + rng.int(2, 50) * US_PER_MIN,
        errorCode: '40002',
      })
      break
    case 'Sending':
      Object.assign(e, {
        queuedUs: queued,
        sendingUs: sending,
        billingStatus: 'pending',
        billableAmount: null,
      })
      break
    case 'Scheduled':
      Object.assign(e, {
        scheduledUs: Math.max(t, m.anchorUs) + rng.int(30, 60 * 48) * US_PER_MIN,
        scheduledReason: 'Follow-up automation',
        billingStatus: null,
        billableAmount: null,
      })
      break
  }
  w.event(rng, e)
  return outcome
}

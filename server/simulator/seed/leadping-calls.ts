import { derivedUuid, type Rng } from '../prng'
import { US_PER_SEC as S } from '../time'
import { HOSTILE_TEXT } from './hostile'
import type { LeadpingWriter, LpCallRow } from './leadping-writer'
import type { LeadRef, NumberRef, World } from './world'

/** Recording states of a Leadping call (column `lp_calls.recording`). */
export const LP_RECORDING = { none: 0, ok: 1, missing: 2, javascript: 3, data: 4, failed: 5 } as const

type Outcome = { status: string; weight: number }
const OUTBOUND: Outcome[] = [
  { status: 'completed', weight: 40 },
  { status: 'no_answer', weight: 18 },
  { status: 'voicemail', weight: 12 },
  { status: 'busy', weight: 5 },
  { status: 'failed', weight: 4 },
  { status: 'canceled', weight: 3 },
  { status: 'transferred', weight: 3 },
  { status: 'blocked_billing', weight: 0.7 },
  { status: 'blocked_phone_number_status', weight: 0.5 },
  { status: 'blocked_configuration', weight: 0.4 },
  { status: 'blocked_permission', weight: 0.4 },
  { status: 'configuration_required', weight: 0.4 },
]
const INBOUND: Outcome[] = [
  { status: 'completed', weight: 60 },
  { status: 'missed', weight: 25 },
  { status: 'voicemail', weight: 15 },
]

const BLOCKED_REASONS: Record<string, string> = {
  blocked_billing: 'Insufficient prepaid balance',
  blocked_phone_number_status: 'Outbound number is suspended by the carrier',
  blocked_configuration: 'Quiet hours: it is after 9 pm where the lead lives',
  blocked_permission: 'User is not allowed to place outbound calls',
  configuration_required: 'No caller ID is configured for this organization',
}

/** Timeline status for a call outcome (Leadping's title-case "Activity Timeline Status"). */
export const CALL_TIMELINE_STATUS: Record<string, string> = {
  completed: 'Ended',
  transferred: 'Completed',
  no_answer: 'Missed',
  missed: 'Missed',
  voicemail: 'Voicemail',
  busy: 'Failed',
  failed: 'Failed',
  canceled: 'Canceled',
  scheduled: 'Scheduled',
  queued: 'Queued',
}

export type LpCallSpec = {
  lead: LeadRef | null
  stranger?: NumberRef
  direction: 'inbound' | 'outbound'
  startUs: number
  forceStatus?: string
  /** Forces a conversation of ten minutes or more (for calls that must be under way at "now"). */
  longTalk?: boolean
}

function telnyxCallControlId(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let id = 'v3:'
  for (let i = 0; i < 54; i++) id += alphabet[rng.int(0, alphabet.length - 1)]
  return id
}

/** Writes one Leadping call (and its timeline row when it belongs to a lead); returns the stored row. */
export function writeLeadpingCall(
  w: LeadpingWriter,
  rng: Rng,
  world: World,
  spec: LpCallSpec,
): LpCallRow & { id: number } {
  const outcomes = spec.direction === 'outbound' ? OUTBOUND : INBOUND
  const status =
    spec.forceStatus ??
    rng.weighted(
      outcomes.map((o) => o.status),
      outcomes.map((o) => o.weight),
    )
  const agent =
    world.agents[((spec.lead?.agentId ?? rng.int(1, world.agents.length)) - 1) % world.agents.length]
  const company = rng.pick(world.companyNumbers)
  const remote = spec.lead?.number.e164 ?? spec.stranger?.e164 ?? '+15125550123'
  const t = spec.startUs
  const ring = rng.skewed(10, 0.5, 2, 35) * S
  const talk = (spec.longTalk ? rng.skewed(900, 0.3, 600, 2400) : rng.skewed(150, 0.95, 6, 2700)) * S
  let answeredUs: number | null = null
  let endedUs: number | null = t + ring
  let providerStatus: string | null = 'normal_clearing'
  let reason: string | null = null
  let recording: number = LP_RECORDING.none
  if (status === 'completed' || status === 'transferred') {
    answeredUs = t + ring
    endedUs = answeredUs + talk
    recording = rng.chance(0.88) ? LP_RECORDING.ok : LP_RECORDING.none
    if (status === 'transferred') reason = `Transferred to ${rng.pick(world.agents).first}`
  } else if (status === 'voicemail') {
    answeredUs = t + ring
    endedUs = answeredUs + rng.skewed(28, 0.4, 8, 90) * S
    reason =
      spec.direction === 'outbound' ? 'Answering machine detected; voicemail left' : 'Caller left a voicemail'
    recording = spec.direction === 'inbound' ? LP_RECORDING.ok : LP_RECORDING.none
  } else if (status === 'no_answer') {
    endedUs = t + rng.skewed(35, 0.1, 25, 50) * S
    providerStatus = 'timeout'
    reason = 'No answer after 30 seconds'
  } else if (status === 'missed') {
    providerStatus = 'originator_cancel'
    reason = 'Caller hung up before anyone answered'
  } else if (status === 'busy') {
    endedUs = t + 3 * S
    providerStatus = 'user_busy'
    reason = 'Line busy'
  } else if (status === 'failed') {
    endedUs = t + 1.5 * S
    providerStatus = rng.pick(['call_rejected', 'not_found'])
    reason =
      providerStatus === 'not_found'
        ? 'Number not in service (SIP 404)'
        : 'Carrier rejected the call (SIP 603)'
  } else if (status === 'canceled') {
    providerStatus = 'originator_cancel'
    reason = 'Canceled by the agent before answer'
  } else if (status === 'scheduled' || status === 'queued') {
    endedUs = null
    providerStatus = null
    reason = status === 'scheduled' ? 'Callback scheduled by automation' : 'Waiting for an available line'
  } else {
    endedUs = t + 0.2 * S
    providerStatus = null
    reason = BLOCKED_REASONS[status] ?? null
  }
  if (recording === LP_RECORDING.ok && rng.chance(0.04))
    recording = rng.chance(0.5) ? LP_RECORDING.missing : LP_RECORDING.failed
  const placed = providerStatus !== null
  const talkSec = answeredUs !== null && endedUs !== null ? (endedUs - answeredUs) / S : 0
  const minutes = Math.ceil(talkSec / 60)
  const outbound = spec.direction === 'outbound'
  const row: LpCallRow = {
    leadId: spec.lead?.id ?? null,
    agentId: agent?.id ?? null,
    direction: spec.direction,
    status,
    statusReason: reason,
    providerStatus,
    fromNumber: outbound ? company.e164 : remote,
    toNumber: outbound ? remote : company.e164,
    fromPhoneUuid: outbound ? company.uuid : null,
    billingPhoneUuid: company.uuid,
    callerId: outbound ? company.e164 : spec.lead ? `${spec.lead.first} ${spec.lead.last}` : null,
    conversationUuid: spec.lead?.conversationUuid ?? null,
    telnyxId: placed ? telnyxCallControlId(rng) : null,
    createdUs: t,
    answeredUs,
    endedUs,
    billableSeconds: placed ? minutes * 60 : null,
    billableAmount: placed ? Math.round(minutes * 0.014 * 10000) / 10000 : null,
    billingStatus: placed
      ? minutes > 0
        ? 'billed'
        : 'not_billable'
      : status.startsWith('blocked')
        ? 'blocked'
        : null,
    recording,
    metadata: {
      source: outbound ? rng.pick(['power_dialer', 'click_to_call', 'automation']) : 'inbound_routing',
      automationRunId: derivedUuid(t, 7),
      ...(spec.lead?.hostile ? { leadNote: HOSTILE_TEXT.script } : {}),
    },
  }
  const { id } = w.call(rng, row)
  if (spec.lead) {
    const inboundVoicemail = status === 'voicemail' && !outbound
    w.event(rng, {
      leadId: spec.lead.id,
      kind: inboundVoicemail ? 'Voicemail' : 'Call',
      eventType: inboundVoicemail ? 'voicemail.received' : `call.${spec.direction}`,
      category: 'Communication',
      status:
        CALL_TIMELINE_STATUS[status] ??
        (status.startsWith('blocked') || status === 'configuration_required' ? 'Blocked' : 'Ended'),
      statusReason: reason,
      description: outbound ? `Outbound call to ${remote}` : `Inbound call from ${remote}`,
      summary: inboundVoicemail ? 'Lead left a voicemail about the installation quote' : null,
      direction: spec.direction,
      conversationUuid: row.conversationUuid,
      fromNumber: row.fromNumber,
      toNumber: row.toNumber,
      fromPhoneUuid: row.fromPhoneUuid,
      traffic: 'RealLead',
      selection: outbound
        ? rng.pick(['StickyConversation', 'LocalArea', 'LeadAssigned', 'HealthyPool'])
        : null,
      billingStatus: row.billingStatus,
      billableAmount: row.billableAmount,
      createdUs: t,
      scheduledUs: status === 'scheduled' ? t + 3 * 3600 * S : null,
      scheduledReason: status === 'scheduled' ? 'Callback requested by the lead' : null,
      callId: id,
      agentId: row.agentId,
      telnyxId: row.telnyxId,
    })
  }
  return { ...row, id }
}

import { TERMINAL_STATUSES, type Call, type RecordingRef } from '#domain/call'
import { describeLeadpingCall } from '#domain/end-reasons/leadping'
import { nonNegativeSeconds, secondsBetween, toIsoUtc } from '#domain/time'
import { stepsFromFields } from '../adapter-kit/steps'
import { orNull, presentIds, readNumber } from '../adapter-kit/wire-primitives'
import { leadpingCallStatus } from './status'
import type { LeadpingCallEventWire } from './wire-schema'
import { readDirection } from '../adapter-kit/direction'

const REVISION_2026_07_FIELDS = [
  'businessId',
  'business',
  'telnyxId',
  'providerStatus',
  'billingPhoneNumberId',
  'metadata',
]

/** Which wire revision a record is: 2026-07 fields, or numbers sent as strings, mean the doc pages. */
export function leadpingRevision(wire: LeadpingCallEventWire, raw: unknown): '2026-07' | '2026-08' {
  const keys = typeof raw === 'object' && raw !== null ? Object.keys(raw) : []
  if (REVISION_2026_07_FIELDS.some((field) => keys.includes(field))) return '2026-07'
  const numbers = [wire.duration, wire.billableSeconds, wire.billableAmount]
  return numbers.some((value) => typeof value === 'string') ? '2026-07' : '2026-08'
}

function recording(wire: LeadpingCallEventWire): RecordingRef {
  if (wire.recordingUrl !== null && wire.recordingUrl !== undefined && wire.recordingUrl.trim() !== '') {
    return { kind: 'url', url: wire.recordingUrl }
  }
  return { kind: 'none', reason: wire.answeredAt ? 'not_recorded' : 'not_answered' }
}

/** One Leadping call event → Call. Pure; the record passed its wire schema. */
export function leadpingCallToCall(wire: LeadpingCallEventWire, raw: unknown): Call {
  const status = leadpingCallStatus(wire.status)
  const occurredAt = toIsoUtc(wire.createdAt) ?? wire.createdAt
  const answeredAt = toIsoUtc(wire.answeredAt)
  const endedAt = toIsoUtc(wire.endedAt)
  const amount = readNumber(wire.billableAmount)
  const agentName = orNull(wire.userName) ?? orNull(wire.user)
  return {
    source: 'leadping',
    id: wire.id,
    relatedIds: presentIds(wire.leadId, wire.conversationId, wire.telnyxId),
    direction: readDirection(wire.direction),
    status,
    rawStatus: orNull(wire.status),
    rawReason: orNull(wire.statusReason) ?? orNull(wire.providerStatus),
    from: wire.fromPhoneNumber,
    to: wire.toPhoneNumber,
    occurredAt,
    rawOccurredAt: wire.createdAt,
    answeredAt,
    endedAt,
    durations: {
      totalSec: nonNegativeSeconds(readNumber(wire.duration)) ?? secondsBetween(occurredAt, endedAt),
      ringSec: secondsBetween(occurredAt, answeredAt),
      talkSec: secondsBetween(answeredAt, endedAt),
      billableSec: nonNegativeSeconds(readNumber(wire.billableSeconds)),
    },
    cost: amount === null ? null : { amount, currency: null, raw: String(wire.billableAmount) },
    endReason: describeLeadpingCall(orNull(wire.status), orNull(wire.statusReason)),
    lead: wire.leadId || wire.leadName ? { id: orNull(wire.leadId), name: orNull(wire.leadName) } : null,
    contact: null,
    agent: wire.userId || agentName ? { id: orNull(wire.userId), name: agentName } : null,
    recording: recording(wire),
    timeline: stepsFromFields(
      [
        { kind: 'created', rawAt: wire.createdAt, sourceField: 'createdAt' },
        { kind: 'answered', rawAt: wire.answeredAt, sourceField: 'answeredAt' },
        {
          kind: 'ended',
          rawAt: wire.endedAt,
          sourceField: 'endedAt',
          detail: orNull(wire.status) ?? undefined,
        },
      ],
      raw,
    ),
    terminal: TERMINAL_STATUSES.has(status),
    details: {
      source: 'leadping',
      revision: leadpingRevision(wire, raw),
      organizationId: orNull(wire.organizationId) ?? orNull(wire.businessId),
      organizationName: orNull(wire.organizationName) ?? orNull(wire.organization) ?? orNull(wire.business),
      callerId: orNull(wire.callerId),
      providerStatus: orNull(wire.providerStatus),
      billingStatus: orNull(wire.billingStatus),
      telnyxId: orNull(wire.telnyxId),
      consoleEntries: (wire.consoleEntries ?? []).map((entry) => ({
        id: orNull(entry.id),
        stage: orNull(entry.stage),
        status: orNull(entry.status),
        message: orNull(entry.message),
        occurredAt: toIsoUtc(entry.occurredAt),
      })),
    },
    raw,
  }
}

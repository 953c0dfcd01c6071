import { TERMINAL_STATUSES, type Call, type Money } from '#domain/call'
import { describeCallingBoxEnd } from '#domain/end-reasons/callingbox'
import { nonNegativeSeconds, secondsBetween, toIsoUtc } from '#domain/time'
import type { TranscriptSegment } from '#domain/transcript'
import { stepsFromFields } from '../adapter-kit/steps'
import { orNull } from '../adapter-kit/wire-primitives'
import { callingBoxStatus } from './status'
import type { CallingBoxCallWire, CallingBoxTranscriptWire } from './wire-schema'
import { readDirection } from '../adapter-kit/direction'

/** A milli-cent is 1/1000 of a cent: 100,000 per dollar. The unit is documented, the currency inferred. */
export function milliCentsToMoney(milliCents: number): Money {
  return { amount: milliCents / 100_000, currency: 'USD', raw: `${milliCents} milli-cents` }
}

/** One CallingBox call → Call, with its AI prompt, return schema and extracted result in `details`. */
export function callingBoxCallToCall(wire: CallingBoxCallWire, raw: unknown): Call {
  const answeredBy = orNull(wire.answered_by)
  const status = callingBoxStatus(wire.status, answeredBy)
  const createdAt = toIsoUtc(wire.created_at)
  const occurredAt = createdAt ?? wire.created_at
  const startedAt = toIsoUtc(wire.started_at)
  const answeredAt = toIsoUtc(wire.answered_at)
  const endedAt = toIsoUtc(wire.ended_at)
  const milliCents = orNull(wire.billing_amount_milli_cents)
  return {
    source: 'callingbox',
    id: wire.id,
    relatedIds: [],
    direction: readDirection(wire.direction),
    status,
    rawStatus: wire.status,
    rawReason: orNull(wire.hangup_cause) ?? orNull(wire.error_code),
    from: wire.from_number,
    to: wire.to_number,
    occurredAt,
    rawOccurredAt: wire.created_at,
    answeredAt,
    endedAt,
    durations: {
      totalSec:
        nonNegativeSeconds(orNull(wire.duration_seconds)) ?? secondsBetween(startedAt ?? occurredAt, endedAt),
      ringSec: secondsBetween(startedAt, answeredAt),
      talkSec: secondsBetween(answeredAt, endedAt),
      billableSec: nonNegativeSeconds(orNull(wire.billed_duration_seconds)),
    },
    cost: milliCents === null ? null : milliCentsToMoney(milliCents),
    endReason: describeCallingBoxEnd({
      status: wire.status,
      answeredByMachine: status === 'voicemail',
      hangupCause: orNull(wire.hangup_cause),
      errorCode: orNull(wire.error_code),
      errorMessage: orNull(wire.error_message),
    }),
    lead: null,
    contact: null,
    agent: wire.agent_id ? { id: wire.agent_id, name: null } : null,
    recording: { kind: 'none', reason: 'unsupported' },
    timeline: stepsFromFields(
      [
        { kind: 'created', rawAt: wire.created_at, at: createdAt, sourceField: 'created_at' },
        { kind: 'ringing', rawAt: wire.started_at, at: startedAt, sourceField: 'started_at' },
        {
          kind: 'answered',
          rawAt: wire.answered_at,
          at: answeredAt,
          sourceField: 'answered_at',
          detail: answeredBy ?? undefined,
        },
        {
          kind: 'ended',
          rawAt: wire.ended_at,
          at: endedAt,
          sourceField: 'ended_at',
          detail: orNull(wire.hangup_cause) ?? undefined,
        },
      ],
      raw,
    ),
    terminal: TERMINAL_STATUSES.has(status),
    details: {
      source: 'callingbox',
      agentId: orNull(wire.agent_id),
      prompt: orNull(wire.prompt) ?? orNull(wire.instructions),
      language: orNull(wire.language),
      context: wire.context ?? null,
      returns: wire.returns ?? null,
      result: wire.result ?? null,
      resultStatus: orNull(wire.result_status),
      resultError: orNull(wire.result_error),
      answeredBy,
      webhookStatus: orNull(wire.webhook_status),
      webhookError: orNull(wire.webhook_error),
      reservationStatus: orNull(wire.reservation_status),
      errorCode: orNull(wire.error_code),
      errorMessage: orNull(wire.error_message),
      hangupCause: orNull(wire.hangup_cause),
      metadata: wire.metadata ?? null,
    },
    raw,
  }
}

/** Transcript segments in speaking order. */
export function callingBoxTranscript(wire: CallingBoxTranscriptWire): TranscriptSegment[] {
  return wire.segments
    .map((segment) => ({
      sequenceNo: segment.sequence_no,
      role: segment.role,
      text: segment.text,
      startedAt: toIsoUtc(segment.started_at),
      endedAt: toIsoUtc(segment.ended_at),
      durationMs: nonNegativeSeconds(orNull(segment.duration_ms)),
      source: orNull(segment.source),
    }))
    .sort((a, b) => a.sequenceNo - b.sequenceNo)
}

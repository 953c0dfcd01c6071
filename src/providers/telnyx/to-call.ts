import { TERMINAL_STATUSES, type Call, type RecordingRef } from '#domain/call'
import { describeTelnyxHangup, MACHINE_DETECTION_RESULTS } from '#domain/end-reasons/telnyx'
import { secondsBetween } from '#domain/time'
import { compareEvents, type FlaggedEvent } from './events'
import { groupLegs, legValue, primaryLeg, summariseLeg, type LegFacts } from './legs'
import { deriveTelnyxStatus } from './status'
import { telnyxSteps } from './timeline'
import { readDirection } from '../adapter-kit/direction'
import { lookup } from '#domain/lookup'

function recordingRef(sessionId: string, legs: readonly LegFacts[], answered: boolean): RecordingRef {
  const saved = legs.filter((leg) => leg.recordingSaved !== null).map((leg) => leg.legId)
  if (saved.length > 0) return { kind: 'telnyx', sessionId, legIds: saved, confirmed: true }
  if (!answered) return { kind: 'none', reason: 'not_answered' }
  if (legs.some((leg) => leg.recordingError !== null)) return { kind: 'none', reason: 'failed' }
  return { kind: 'telnyx', sessionId, legIds: legs.map((leg) => leg.legId), confirmed: false }
}

function endReason(primary: LegFacts, machineResult: string | null): string | null {
  const hangup = primary.hangup?.payload
  const words = hangup
    ? describeTelnyxHangup(
        hangup.hangup_cause ?? null,
        hangup.hangup_source ?? null,
        hangup.sip_hangup_cause ?? null,
      )
    : null
  if (machineResult === null || machineResult === 'human' || machineResult.startsWith('human_')) return words
  const machine = lookup(MACHINE_DETECTION_RESULTS, machineResult) ?? `machine detection: ${machineResult}`
  const lead = `${machine.charAt(0).toUpperCase()}${machine.slice(1)}.`
  return words === null ? lead : `${lead} ${words}`
}

/**
 * One Telnyx call (a `call_session_id`) from its events, sorted and flagged by ./events. The first leg
 * gives direction, numbers and outcome; every leg's steps are on the timeline with their leg id.
 * Returns null for an empty list.
 */
export function telnyxEventsToCall(events: readonly FlaggedEvent[]): Call | null {
  const first = events[0]
  if (first === undefined) return null
  const sessionId = first.wire.call_session_id
  const legs = groupLegs(events)
  const primary = primaryLeg(legs) ?? legs[0]
  if (primary === undefined) return null
  const direction = readDirection(primary.initiated?.payload.direction)
  const machine = legs.find((leg) => leg.machine !== null)?.machine ?? null
  const machineResult = machine?.payload.result ?? null
  const answered = primary.answered !== null
  const status = deriveTelnyxStatus({
    direction,
    initiated: primary.initiated !== null,
    answered,
    hungUp: primary.hangup !== null,
    hangupCause: primary.hangup?.payload.hangup_cause ?? null,
    machineResult,
  })
  const initiated = legs.flatMap((leg) => (leg.initiated === null ? [] : [leg.initiated]))
  const start = initiated.reduce<FlaggedEvent>(
    (min, event) => (compareEvents(event, min) < 0 ? event : min),
    initiated[0] ?? first,
  )
  const occurredAt = start.at
  const answeredAt = primary.answered?.at ?? null
  const endedAt = primary.hangup?.at ?? null
  const summaries = legs.map(summariseLeg)
  const lastLifecycle = [primary.hangup, primary.answered, primary.initiated].find((event) => event !== null)
  return {
    source: 'telnyx',
    id: sessionId,
    relatedIds: [...new Set(summaries.flatMap((leg) => [leg.legId, ...leg.callControlIds]))],
    direction,
    status,
    rawStatus: lastLifecycle?.wire.name ?? null,
    rawReason: primary.hangup?.payload.hangup_cause ?? null,
    from: legValue(primary, 'from'),
    to: legValue(primary, 'to'),
    occurredAt,
    rawOccurredAt: start.rawAt,
    answeredAt,
    endedAt,
    durations: {
      totalSec: secondsBetween(occurredAt, endedAt),
      ringSec: secondsBetween(primary.initiated?.at ?? null, answeredAt),
      talkSec: secondsBetween(answeredAt, endedAt),
      billableSec: null,
    },
    cost: null,
    endReason: endReason(primary, machineResult),
    lead: null,
    contact: null,
    agent: null,
    recording: recordingRef(sessionId, legs, answered),
    timeline: telnyxSteps(events),
    terminal: TERMINAL_STATUSES.has(status),
    details: { source: 'telnyx', legs: summaries, machineDetection: machineResult },
    raw: events.map((event) => event.raw),
  }
}

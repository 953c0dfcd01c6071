import type { Call, CallStatus, Money, RecordingRef, TimelineStep } from '#domain/call'
import type { TelnyxLeg } from '#domain/call-details'
import { nonNegativeSeconds, secondsBetween, toIsoUtc } from '#domain/time'
import { readDirection } from '../adapter-kit/direction'
import type { Parsed } from '../adapter-kit/parse-records'
import { stepsFromFields } from '../adapter-kit/steps'
import { presentIds, readNumber } from '../adapter-kit/wire-primitives'
import type { TelnyxCallControlRecordWire } from './detail-record-schema'

/**
 * Telnyx Detail Record Search writes one call-control record per leg once the leg has finished. A call
 * (a `session_id`) is rebuilt from the records of its legs; the leg that started first gives direction,
 * numbers and outcome, as in the events mapper (./to-call). The records carry no hangup cause, so the
 * outcome is only "answered or not": nothing is guessed beyond that.
 */

export type DetailRecord = Parsed<TelnyxCallControlRecordWire>

/** The records of a page by `session_id`, sessions in the order they first appear. */
export function groupDetailRecordsBySession(records: readonly DetailRecord[]): Map<string, DetailRecord[]> {
  const sessions = new Map<string, DetailRecord[]>()
  for (const record of records) {
    const list = sessions.get(record.value.session_id)
    if (list === undefined) sessions.set(record.value.session_id, [record])
    else list.push(record)
  }
  return sessions
}

type Leg = {
  record: DetailRecord
  startedAt: string
  answeredAt: string | null
  endedAt: string | null
}

/** One record per leg (a record seen twice, e.g. on two pages, counts once), earliest start first. */
function readLegs(records: readonly DetailRecord[]): Leg[] {
  const byLeg = new Map<string, Leg>()
  for (const record of records) {
    const wire = record.value
    const startedAt = toIsoUtc(wire.started_at)
    if (startedAt === null || byLeg.has(wire.telnyx_leg_id)) continue
    byLeg.set(wire.telnyx_leg_id, {
      record,
      startedAt,
      answeredAt: toIsoUtc(wire.answered_at),
      endedAt: toIsoUtc(wire.finished_at),
    })
  }
  // A stable sort keeps the page's order for legs that started in the same microsecond.
  return [...byLeg.values()].sort((a, b) =>
    a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0,
  )
}

function status(primary: Leg): CallStatus {
  if (primary.answeredAt !== null) return 'completed'
  // Finished without an answer; which way (busy, rejected, cancelled) the record does not say.
  return primary.endedAt !== null ? 'no_answer' : 'unknown'
}

function legSteps(leg: Leg): TimelineStep[] {
  const wire = leg.record.value
  const steps = stepsFromFields(
    [
      {
        kind: 'initiated',
        rawAt: wire.started_at,
        sourceField: 'detail_record.started_at',
        at: leg.startedAt,
      },
      {
        kind: 'answered',
        rawAt: wire.answered_at,
        sourceField: 'detail_record.answered_at',
        at: leg.answeredAt,
      },
      { kind: 'ended', rawAt: wire.finished_at, sourceField: 'detail_record.finished_at', at: leg.endedAt },
    ],
    leg.record.raw,
  )
  return steps.map((step) => ({ ...step, legId: wire.telnyx_leg_id }))
}

function timeline(legs: readonly Leg[]): TimelineStep[] {
  // Each leg's steps are already in order; merging keeps that order for steps at the same instant.
  return legs.flatMap(legSteps).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}

/**
 * What the session cost: the sum of its legs' `cost`, when every leg that states one uses the same
 * currency. `raw` keeps each leg's amount as sent. Mixed currencies are not added up: null.
 */
function sessionCost(legs: readonly Leg[]): Money | null {
  const priced = legs.flatMap((leg) => {
    const amount = readNumber(leg.record.value.cost)
    return amount === null ? [] : [{ amount, wire: leg.record.value }]
  })
  if (priced.length === 0) return null
  const currencies = new Set(priced.map((leg) => leg.wire.currency ?? null))
  if (currencies.size > 1) return null
  const currency = priced[0]?.wire.currency ?? null
  const amount = priced.reduce((sum, leg) => sum + leg.amount, 0)
  const raw = priced
    .map((leg) => `${String(leg.wire.cost)}${currency === null ? '' : ` ${currency}`}`)
    .join(' + ')
  return { amount: Math.round(amount * 1e9) / 1e9, currency, raw }
}

function summarise(leg: Leg): TelnyxLeg {
  const wire = leg.record.value
  return {
    legId: wire.telnyx_leg_id,
    callControlIds: presentIds(wire.telnyx_call_control_id),
    direction: readDirection(wire.direction),
    from: wire.cli || null,
    to: wire.cld || null,
    initiatedAt: leg.startedAt,
    answeredAt: leg.answeredAt,
    endedAt: leg.endedAt,
    hangupCause: null,
    hangupSource: null,
    sipHangupCause: null,
  }
}

function recording(sessionId: string, legs: readonly Leg[], answered: boolean): RecordingRef {
  if (!answered) return { kind: 'none', reason: 'not_answered' }
  // Whether a recording exists is only known from the recordings API, looked up when played.
  return {
    kind: 'telnyx',
    sessionId,
    legIds: legs.map((leg) => leg.record.value.telnyx_leg_id),
    confirmed: false,
  }
}

/**
 * One Telnyx call from the detail records of ONE session (see groupDetailRecordsBySession). Returns
 * null for an empty list. A detail record is only written once its leg has finished, so the call is
 * terminal.
 */
export function detailRecordsToCall(records: readonly DetailRecord[]): Call | null {
  const legs = readLegs(records)
  const primary = legs[0]
  if (primary === undefined) return null
  const wire = primary.record.value
  const sessionId = wire.session_id
  const callStatus = status(primary)
  const answered = primary.answeredAt !== null
  const callSec = nonNegativeSeconds(readNumber(wire.call_sec))
  return {
    source: 'telnyx',
    id: sessionId,
    relatedIds: presentIds(
      ...legs.flatMap((leg) => [leg.record.value.telnyx_leg_id, leg.record.value.telnyx_call_control_id]),
    ),
    direction: readDirection(wire.direction),
    status: callStatus,
    rawStatus: null,
    rawReason: null,
    from: wire.cli || null,
    to: wire.cld || null,
    occurredAt: primary.startedAt,
    rawOccurredAt: wire.started_at,
    answeredAt: primary.answeredAt,
    endedAt: primary.endedAt,
    durations: {
      totalSec: secondsBetween(primary.startedAt, primary.endedAt),
      ringSec: secondsBetween(primary.startedAt, primary.answeredAt),
      // call_sec is the leg's own count; the times are the fallback when it is missing.
      talkSec: answered ? (callSec ?? secondsBetween(primary.answeredAt, primary.endedAt)) : null,
      billableSec: nonNegativeSeconds(readNumber(wire.billed_sec)),
    },
    cost: sessionCost(legs),
    endReason: null,
    lead: null,
    contact: null,
    agent: null,
    recording: recording(sessionId, legs, answered),
    timeline: timeline(legs),
    terminal: true,
    details: { source: 'telnyx', legs: legs.map(summarise), machineDetection: null },
    raw: records.map((record) => record.raw),
  }
}

import type { TelnyxLeg } from '#domain/call-details'
import type { FlaggedEvent } from './events'
import { readDirection } from '../adapter-kit/direction'

/** The first non-duplicate event of each kind on one leg, as the status and summary need them. */
export type LegFacts = {
  legId: string
  events: FlaggedEvent[]
  initiated: FlaggedEvent | null
  answered: FlaggedEvent | null
  hangup: FlaggedEvent | null
  machine: FlaggedEvent | null
  recordingSaved: FlaggedEvent | null
  recordingError: FlaggedEvent | null
}

const MACHINE_EVENTS = new Set(['call.machine.detection.ended', 'call.machine.premium.detection.ended'])

function firstNamed(events: readonly FlaggedEvent[], test: (name: string) => boolean): FlaggedEvent | null {
  return events.find((event) => !event.flags.includes('duplicate') && test(event.wire.name)) ?? null
}

/** Groups time-sorted events by leg, legs in the order they first appear. */
export function groupLegs(events: readonly FlaggedEvent[]): LegFacts[] {
  const byLeg = new Map<string, FlaggedEvent[]>()
  for (const event of events) {
    const list = byLeg.get(event.wire.call_leg_id) ?? []
    list.push(event)
    byLeg.set(event.wire.call_leg_id, list)
  }
  return [...byLeg.entries()].map(([legId, legEvents]) => ({
    legId,
    events: legEvents,
    initiated: firstNamed(legEvents, (name) => name === 'call.initiated'),
    answered: firstNamed(legEvents, (name) => name === 'call.answered'),
    hangup: firstNamed(legEvents, (name) => name === 'call.hangup'),
    machine: firstNamed(legEvents, (name) => MACHINE_EVENTS.has(name)),
    recordingSaved: firstNamed(legEvents, (name) => name === 'call.recording.saved'),
    recordingError: firstNamed(legEvents, (name) => name === 'call.recording.error'),
  }))
}

/** The leg that began the session: the earliest `call.initiated`, else the earliest event. */
export function primaryLeg(legs: readonly LegFacts[]): LegFacts | null {
  const initiated = legs.filter((leg) => leg.initiated !== null)
  const pool = initiated.length > 0 ? initiated : legs
  let best: LegFacts | null = null
  for (const leg of pool) {
    const at = leg.initiated?.at ?? leg.events[0]?.at ?? ''
    const bestAt = best === null ? null : (best.initiated?.at ?? best.events[0]?.at ?? '')
    if (bestAt === null || at < bestAt) best = leg
  }
  return best
}

/** A payload value from the first event of the leg that carries it. */
export function legValue(leg: LegFacts, field: 'from' | 'to' | 'call_control_id'): string | null {
  for (const event of [leg.initiated, ...leg.events]) {
    const value = event?.payload[field]
    if (typeof value === 'string' && value !== '') return value
  }
  return null
}

export function summariseLeg(leg: LegFacts): TelnyxLeg {
  const controlIds = new Set<string>()
  for (const event of leg.events) {
    const id = event.payload.call_control_id
    if (typeof id === 'string' && id !== '') controlIds.add(id)
  }
  return {
    legId: leg.legId,
    callControlIds: [...controlIds],
    direction: readDirection(leg.initiated?.payload.direction),
    from: legValue(leg, 'from'),
    to: legValue(leg, 'to'),
    initiatedAt: leg.initiated?.at ?? null,
    answeredAt: leg.answered?.at ?? null,
    endedAt: leg.hangup?.at ?? null,
    hangupCause: leg.hangup?.payload.hangup_cause ?? null,
    hangupSource: leg.hangup?.payload.hangup_source ?? null,
    sipHangupCause: leg.hangup?.payload.sip_hangup_cause ?? null,
  }
}

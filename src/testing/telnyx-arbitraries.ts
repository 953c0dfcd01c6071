import fc from 'fast-check'
import type { TelnyxCallEventWire } from '#providers/telnyx/wire-schema'
import { singleLegCall, telnyxEvent } from './telnyx-builder'

export const NOW = new Date('2026-08-21T12:00:00.000Z')
const HOUR = 3600 * 1000

const NUMBERS = ['+15550100001', '+15550100002', '+15550100003', '+442071838750', '+33612345678']

const scenario = fc.constantFrom(
  { answerAfter: 6, cause: 'normal_clearing' },
  { answerAfter: undefined, cause: 'timeout' },
  { answerAfter: undefined, cause: 'user_busy' },
  { answerAfter: undefined, cause: 'originator_cancel' },
  { answerAfter: undefined, cause: 'call_rejected' },
  { answerAfter: 8, cause: 'normal_clearing', machine: 'machine' },
  { answerAfter: 3, cause: 'time_limit' },
  { answerAfter: undefined, cause: 'something_new' },
)

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')

/** One session: one or two legs, within the last ~27 hours (some outside the 24-hour window). */
export const telnyxSessionArb = fc
  .record({
    index: fc.nat({ max: 0xffffff }),
    startMs: fc.integer({ min: -27 * HOUR, max: -60_000 }),
    direction: fc.constantFrom('incoming' as const, 'outgoing' as const),
    from: fc.constantFrom(...NUMBERS),
    to: fc.constantFrom(...NUMBERS),
    scenario,
    hangupAfter: fc.integer({ min: 15, max: 900 }),
    secondLegAfter: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
    duplicate: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    inProgress: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .map((spec) => {
    const session = `${hex(spec.index, 8)}-5213-11e9-9d3f-02420a0f0668`
    const start = new Date(NOW.getTime() + spec.startMs).toISOString()
    const legA = `${hex(spec.index, 8)}-5213-11e9-ace7-0000000000a1`
    let events: TelnyxCallEventWire[] = singleLegCall({
      session,
      leg: legA,
      start,
      direction: spec.direction,
      from: spec.from,
      to: spec.to,
      hangupAfter: spec.hangupAfter,
      ...spec.scenario,
    })
    // A call still going on at NOW has no hangup yet.
    if (spec.inProgress)
      events = events.filter(
        (event) => event.name !== 'call.hangup' && Date.parse(event.event_timestamp) <= NOW.getTime(),
      )
    events = events.filter((event) => Date.parse(event.event_timestamp) <= NOW.getTime())
    if (spec.secondLegAfter !== undefined) {
      const legB = `${hex(spec.index, 8)}-5213-11e9-ace7-0000000000b2`
      const bStart = new Date(Date.parse(start) + spec.secondLegAfter * 1000).toISOString()
      events.push(
        telnyxEvent({
          session,
          leg: legB,
          name: 'call.initiated',
          at: bStart,
          payload: { direction: 'outgoing', from: spec.to, to: spec.from },
        }),
      )
    }
    const first = events[0]
    if (spec.duplicate && first !== undefined) events.push(structuredClone(first))
    return { session, events: events.filter((event) => Date.parse(event.event_timestamp) <= NOW.getTime()) }
  })

/** Sessions with distinct ids. */
export const telnyxSessionsArb = fc.uniqueArray(telnyxSessionArb, {
  minLength: 0,
  maxLength: 40,
  selector: (s) => s.session,
})

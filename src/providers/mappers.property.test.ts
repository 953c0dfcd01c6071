import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ActivityItemSchema } from '#domain/activity'
import { callingBoxCallToCall } from './callingbox/to-call'
import { CallingBoxCallWireSchema } from './callingbox/wire-schema'
import { LeadpingEventWireSchema } from './leadping/event-schema'
import { leadpingEventToActivity } from './leadping/to-activity'
import { leadpingCallToCall } from './leadping/to-call'
import { LeadpingCallEventWireSchema } from './leadping/wire-schema'
import { skipcallCallToCall } from './skipcall/to-call'
import { SkipcallCallWireSchema } from './skipcall/wire-schema'
import { callInvariantViolations } from '#testing/call-invariants'
import { buildCall } from '#testing/telnyx-builder'
import {
  callingBoxCallArb,
  leadpingCallArb,
  leadpingEventArb,
  skipcallCallArb,
  telnyxSessionEventsArb,
} from '#testing/wire-arbitraries'

const RUNS = { seed: 1103, numRuns: 400 }

/** Every record the arbitrary makes is schema-valid, maps without throwing, and gives a sound Call. */
function checkMapper<W>(
  arb: fc.Arbitrary<unknown>,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: W } },
  map: (wire: W, raw: unknown) => Parameters<typeof callInvariantViolations>[0],
) {
  fc.assert(
    fc.property(arb, (raw) => {
      const parsed = schema.safeParse(raw)
      expect(parsed.success).toBe(true)
      const call = map(parsed.data as W, raw)
      expect(callInvariantViolations(call)).toEqual([])
      expect(call.raw).toBe(raw)
    }),
    RUNS,
  )
}

describe('mappers over any schema-valid record (fast-check)', () => {
  it('Leadping call events (both revisions)', () => {
    checkMapper(leadpingCallArb, LeadpingCallEventWireSchema, leadpingCallToCall)
  })

  it('Skipcall calls', () => {
    checkMapper(skipcallCallArb, SkipcallCallWireSchema, skipcallCallToCall)
  })

  it('CallingBox calls', () => {
    checkMapper(callingBoxCallArb, CallingBoxCallWireSchema, callingBoxCallToCall)
  })

  it('Telnyx sessions: any events, any order, duplicates → one sound call, every event kept on the timeline or the list', () => {
    fc.assert(
      fc.property(telnyxSessionEventsArb, (records) => {
        const { call, flagged, issues } = buildCall(records)
        expect(issues).toEqual([])
        expect(flagged).toHaveLength(records.length)
        if (call === null) throw new Error('a session with events must give a call')
        expect(callInvariantViolations(call)).toEqual([])
        const duplicates = flagged.filter((event) => event.flags.includes('duplicate')).length
        const webhookIds = new Set(
          flagged.filter((event) => event.webhook !== null).map((event) => event.webhook?.id),
        )
        expect(duplicates).toBeLessThanOrEqual(records.length - webhookIds.size)
      }),
      RUNS,
    )
  })

  it('Leadping timeline events → activity items with sorted ladders', () => {
    fc.assert(
      fc.property(leadpingEventArb, (raw) => {
        const parsed = LeadpingEventWireSchema.safeParse(raw)
        expect(parsed.success).toBe(true)
        if (!parsed.success) return
        const item = leadpingEventToActivity(parsed.data, raw)
        expect(ActivityItemSchema.safeParse(item).success).toBe(true)
        expect(item.timeline.every((step, i, all) => i === 0 || (all[i - 1]?.at ?? '') <= step.at)).toBe(true)
        expect(item.retryCount === null || Number.isInteger(item.retryCount)).toBe(true)
      }),
      RUNS,
    )
  })
})

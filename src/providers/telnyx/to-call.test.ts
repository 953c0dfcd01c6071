import { describe, expect, it } from 'vitest'
import { callInvariantViolations } from '#testing/call-invariants'
import { at, buildCall, singleLegCall, telnyxEvent } from '#testing/telnyx-builder'

const START = '2026-08-20T14:00:00Z'
const S = '7d1f0c2e-5213-11e9-9d3f-02420a0f0668'
const A = '7d1f0c2e-5213-11e9-ace7-02420a0f0001'
const B = '7d1f0c2e-5213-11e9-ace7-02420a0f0002'

function outcome(spec: Parameters<typeof singleLegCall>[0]) {
  const { call, issues } = buildCall(singleLegCall(spec))
  expect(issues).toEqual([])
  if (call === null) throw new Error('no call')
  expect(callInvariantViolations(call)).toEqual([])
  return call
}

describe('Telnyx status from the event sequence', () => {
  const base = { session: S, leg: A, start: START }

  it('outbound, never answered, timed out → no_answer', () => {
    const call = outcome({ ...base, direction: 'outgoing', hangupAfter: 30, cause: 'timeout', sip: '408' })
    expect(call).toMatchObject({
      status: 'no_answer',
      direction: 'outbound',
      rawReason: 'timeout',
      answeredAt: null,
    })
    expect(call.endReason).toBe(
      'Nobody answered before the ringing timed out, hung up by the callee. SIP 408: the far end did not respond in time.',
    )
    expect(call.recording).toEqual({ kind: 'none', reason: 'not_answered' })
    expect(call.durations).toEqual({ totalSec: 30, ringSec: null, talkSec: null, billableSec: null })
  })

  it('user_busy → busy, with the SIP code in plain words', () => {
    const call = outcome({ ...base, direction: 'outgoing', hangupAfter: 2, cause: 'user_busy', sip: '486' })
    expect(call.status).toBe('busy')
    expect(call.endReason).toContain('SIP 486: the callee is busy.')
  })

  it('answered by a machine → voicemail', () => {
    const call = outcome({
      ...base,
      direction: 'outgoing',
      answerAfter: 12,
      hangupAfter: 40,
      cause: 'normal_clearing',
      machine: 'machine',
    })
    expect(call.status).toBe('voicemail')
    expect(call.endReason).toMatch(/^An answering machine answered\. The call ended normally/)
    expect(call.timeline.map((step) => step.kind)).toEqual([
      'initiated',
      'answered',
      'machine_detected',
      'ended',
    ])
    expect(call.durations).toEqual({ totalSec: 40, ringSec: 12, talkSec: 28, billableSec: null })
  })

  it('inbound caller gave up before answer → missed; outbound → canceled', () => {
    const inbound = outcome({
      ...base,
      direction: 'incoming',
      hangupAfter: 9,
      cause: 'originator_cancel',
      source: 'caller',
    })
    expect(inbound).toMatchObject({ status: 'missed', direction: 'inbound' })
    expect(inbound.endReason).toBe('The caller hung up before the call was answered, hung up by the caller.')
    const outbound = outcome({
      ...base,
      direction: 'outgoing',
      hangupAfter: 9,
      cause: 'originator_cancel',
      source: 'caller',
    })
    expect(outbound.status).toBe('canceled')
  })

  it('rejected or not found → failed; answered then ended → completed', () => {
    expect(
      outcome({ ...base, direction: 'outgoing', hangupAfter: 1, cause: 'call_rejected', sip: '603' }).status,
    ).toBe('failed')
    expect(
      outcome({ ...base, direction: 'outgoing', hangupAfter: 1, cause: 'not_found', sip: '404' }).status,
    ).toBe('failed')
    const done = outcome({
      ...base,
      direction: 'incoming',
      answerAfter: 4,
      hangupAfter: 184,
      cause: 'normal_clearing',
      recording: true,
    })
    expect(done).toMatchObject({ status: 'completed', terminal: true })
    expect(done.recording).toEqual({ kind: 'telnyx', sessionId: S, legIds: [A], confirmed: true })
  })

  it('a recording that failed says so; an answered call without recording events may still have one', () => {
    const events = singleLegCall({
      ...base,
      direction: 'outgoing',
      answerAfter: 4,
      hangupAfter: 60,
      cause: 'normal_clearing',
    })
    const failed = telnyxEvent({ session: S, leg: A, name: 'call.recording.error', at: at(START, 61) })
    expect(buildCall([...events, failed]).call?.recording).toEqual({ kind: 'none', reason: 'failed' })
    expect(buildCall(events).call?.recording).toEqual({
      kind: 'telnyx',
      sessionId: S,
      legIds: [A],
      confirmed: false,
    })
  })

  it('an undocumented hangup cause maps to unknown and keeps the raw word', () => {
    const call = outcome({ ...base, direction: 'outgoing', hangupAfter: 5, cause: 'gremlins' })
    expect(call).toMatchObject({ status: 'unknown', rawReason: 'gremlins' })
    expect(call.endReason).toBe('The call ended (gremlins), hung up by the callee.')
  })

  it('no hangup yet: answered → in_progress, incoming waiting → ringing', () => {
    const events = singleLegCall({
      ...base,
      direction: 'incoming',
      answerAfter: 3,
      hangupAfter: 60,
      cause: 'normal_clearing',
    })
    expect(buildCall(events.slice(0, 2)).call?.status).toBe('in_progress')
    expect(buildCall(events.slice(0, 1)).call?.status).toBe('ringing')
  })
})

describe('Telnyx multi-leg sessions, duplicates and out-of-order events', () => {
  it('dates and directs the call by its first leg and shows every leg on the timeline', () => {
    const inbound = { session: S, leg: A }
    const outbound = { session: S, leg: B }
    const numbers = { from: '+15550109999', to: '+15550100001' }
    const records = [
      telnyxEvent({
        ...inbound,
        name: 'call.initiated',
        at: at(START, 0),
        payload: { ...numbers, direction: 'incoming', call_control_id: 'v3:a' },
      }),
      telnyxEvent({ ...inbound, name: 'answer', type: 'command', at: at(START, 1) }),
      telnyxEvent({ ...inbound, name: 'call.answered', at: at(START, 1), payload: numbers }),
      telnyxEvent({ ...inbound, name: 'transfer', type: 'command', at: at(START, 5) }),
      telnyxEvent({
        ...outbound,
        name: 'call.initiated',
        at: at(START, 5),
        payload: { from: '+15550100001', to: '+15550108888', direction: 'outgoing', call_control_id: 'v3:b' },
      }),
      telnyxEvent({ ...outbound, name: 'call.answered', at: at(START, 14) }),
      telnyxEvent({ ...inbound, name: 'call.bridged', at: at(START, 14) }),
      telnyxEvent({ ...outbound, name: 'call.bridged', at: at(START, 14) }),
      telnyxEvent({
        ...outbound,
        name: 'call.hangup',
        at: at(START, 300),
        payload: { hangup_cause: 'normal_clearing', hangup_source: 'callee' },
      }),
      telnyxEvent({
        ...inbound,
        name: 'call.hangup',
        at: at(START, 301),
        payload: { hangup_cause: 'normal_clearing', hangup_source: 'caller' },
      }),
    ]
    const { call, flagged, issues } = buildCall(records)
    expect(issues).toEqual([])
    if (call === null) throw new Error('no call')
    expect(callInvariantViolations(call)).toEqual([])
    expect(call).toMatchObject({
      direction: 'inbound',
      status: 'completed',
      from: '+15550109999',
      to: '+15550100001',
    })
    expect(call.relatedIds).toEqual([A, 'v3:a', B, 'v3:b'])
    expect(call.details.source === 'telnyx' && call.details.legs.map((leg) => leg.direction)).toEqual([
      'inbound',
      'outbound',
    ])
    expect(call.timeline.filter((step) => step.legId === B).map((step) => step.kind)).toEqual([
      'initiated',
      'answered',
      'bridged',
      'ended',
    ])
    expect(flagged.filter((event) => event.wire.type === 'command')).toHaveLength(2)
    expect(call.durations.talkSec).toBe(300)
  })

  it('flags a webhook delivered twice and an event whose time contradicts the leg, hiding neither', () => {
    const leg = { session: S, leg: A }
    const records = [
      telnyxEvent({ ...leg, name: 'call.initiated', at: at(START, 0), payload: { direction: 'outgoing' } }),
      telnyxEvent({ ...leg, name: 'call.answered', at: at(START, 6), id: 'dup-1' }),
      telnyxEvent({ ...leg, name: 'call.answered', at: at(START, 6), id: 'dup-1', loggedAt: at(START, 9) }),
      telnyxEvent({
        ...leg,
        name: 'call.hangup',
        at: at(START, 60),
        payload: { hangup_cause: 'normal_clearing' },
      }),
      // Delivered last, but says it happened before the hangup: it arrived out of order.
      telnyxEvent({ ...leg, name: 'call.bridged', at: at(START, 7) }),
    ]
    const { call } = buildCall(records)
    if (call === null) throw new Error('no call')
    expect(call.status).toBe('completed')
    expect(call.timeline.map((step) => [step.kind, step.flags])).toEqual([
      ['initiated', []],
      ['answered', []],
      ['answered', ['duplicate']],
      ['bridged', ['out_of_order']],
      ['ended', []],
    ])
    expect(callInvariantViolations(call)).toEqual([])
  })

  it('flags an answer logged after the hangup', () => {
    const leg = { session: S, leg: A }
    const { call } = buildCall([
      telnyxEvent({ ...leg, name: 'call.initiated', at: at(START, 0), payload: { direction: 'outgoing' } }),
      telnyxEvent({
        ...leg,
        name: 'call.hangup',
        at: at(START, 10),
        payload: { hangup_cause: 'normal_clearing' },
      }),
      telnyxEvent({ ...leg, name: 'call.answered', at: at(START, 11) }),
    ])
    expect(call?.timeline.at(-1)).toMatchObject({ kind: 'answered', flags: ['out_of_order'] })
  })

  it('keeps hostile strings as data and reports a webhook that breaks its schema without losing the event', () => {
    const leg = { session: S, leg: A }
    const hostile = '<img src=x onerror=alert(1)>'
    const records = [
      telnyxEvent({
        ...leg,
        name: 'call.initiated',
        at: at(START, 0),
        payload: { direction: 'outgoing', from: hostile, caller_id_name: '"; DROP TABLE calls;--' },
      }),
      telnyxEvent({ ...leg, name: 'call.hangup', at: at(START, 4), payload: { hangup_cause: 42 } }),
    ]
    const { call, issues } = buildCall(records)
    expect(call?.from).toBe(hostile)
    expect(issues).toEqual([
      expect.objectContaining({
        source: 'telnyx',
        recordId: S,
        field: 'data.1.metadata.data.payload.hangup_cause',
      }),
    ])
    expect(call?.timeline.map((step) => step.kind)).toEqual(['initiated', 'ended'])
  })
})

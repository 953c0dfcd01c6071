import { describe, expect, it } from 'vitest'
import { callInvariantViolations } from '#testing/call-invariants'
import sample from './fixtures/doc-get-call.json'
import list from './fixtures/list.json'
import transcript from './fixtures/transcript.json'
import { callingBoxCallToCall, callingBoxTranscript, milliCentsToMoney } from './to-call'
import {
  CallingBoxCallListWireSchema,
  CallingBoxCallWireSchema,
  CallingBoxTranscriptWireSchema,
} from './wire-schema'

function map(raw: unknown) {
  const call = callingBoxCallToCall(CallingBoxCallWireSchema.parse(raw), raw)
  expect(callInvariantViolations(call)).toEqual([])
  return call
}

/**
 * The doc sample mixes real values (status, times, numbers) with "<string>" placeholders in free-text
 * fields, which are strings either way: it parses and maps, and the placeholders stay visible as data.
 * Its times are all the same instant, so its durations are zero.
 */
describe('CallingBox calls → Call', () => {
  it('the doc sample parses and maps', () => {
    const call = map(sample)
    expect(call).toMatchObject({
      source: 'callingbox',
      id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      status: 'queued',
      direction: 'outbound',
      from: '<string>',
      durations: { totalSec: 123, ringSec: 0, talkSec: 0, billableSec: 123 },
      cost: { amount: 0.00123, currency: 'USD', raw: '123 milli-cents' },
      rawReason: '<string>',
      recording: { kind: 'none', reason: 'unsupported' },
    })
    expect(call.endReason).toBe('Waiting to be placed, hangup cause: <string>. Error (<string>): <string>.')
  })

  it('voicemail is no_answer + answered_by machine; AI prompt, schema and result are kept', () => {
    const [done, voicemail, failed] = CallingBoxCallListWireSchema.parse(list).map((wire, i) =>
      callingBoxCallToCall(wire, list[i]),
    )
    expect(voicemail).toMatchObject({
      status: 'voicemail',
      rawStatus: 'no_answer',
      durations: { totalSec: 45, ringSec: 17, talkSec: 28, billableSec: 28 },
    })
    expect(voicemail?.endReason).toBe(
      'An answering machine picked up (reported as no answer), an answering machine answered.',
    )
    expect(done?.details).toMatchObject({
      source: 'callingbox',
      prompt: 'Confirm the appointment for tomorrow at 10am.',
      returns: { type: 'object', properties: { confirmed: { type: 'boolean' } } },
      result: { confirmed: true },
      resultStatus: 'completed',
    })
    expect(done?.cost).toEqual({ amount: 12.34567, currency: 'USD', raw: '1234567 milli-cents' })
    expect(failed).toMatchObject({ status: 'failed', answeredAt: null, cost: null })
    expect(failed?.endReason).toBe(
      'The call could not be placed. Error (21217): Phone number does not appear to be valid.',
    )
    expect(done?.timeline.map((step) => step.kind)).toEqual(['created', 'ringing', 'answered', 'ended'])
  })

  it('milli-cents: 100,000 to the dollar', () => {
    expect(milliCentsToMoney(100_000).amount).toBe(1)
    expect(milliCentsToMoney(1).amount).toBe(0.00001)
  })

  it('a transcript in speaking order, hostile text kept as text', () => {
    const segments = callingBoxTranscript(CallingBoxTranscriptWireSchema.parse(transcript))
    expect(segments.map((s) => [s.sequenceNo, s.role])).toEqual([
      [1, 'agent'],
      [2, 'user'],
      [3, 'agent'],
    ])
    expect(segments[2]).toEqual({
      sequenceNo: 3,
      role: 'agent',
      text: '<b>Great</b>, see you then!',
      startedAt: null,
      endedAt: null,
      durationMs: null,
      source: null,
    })
  })
})

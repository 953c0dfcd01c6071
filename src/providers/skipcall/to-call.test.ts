import { describe, expect, it } from 'vitest'
import { callInvariantViolations } from '#testing/call-invariants'
import sample from './fixtures/doc-get-call.json'
import page from './fixtures/list-page.json'
import { skipcallCallToCall } from './to-call'
import { SkipcallCallListWireSchema, SkipcallCallWireSchema } from './wire-schema'

function map(raw: unknown) {
  const call = skipcallCallToCall(SkipcallCallWireSchema.parse(raw), raw)
  expect(callInvariantViolations(call)).toEqual([])
  return call
}

describe('Skipcall calls → Call', () => {
  it('the doc sample (real values, no placeholders) parses and maps completely', () => {
    const call = map(sample)
    expect(call).toMatchObject({
      source: 'skipcall',
      id: '123e4567-e89b-12d3-a456-426614174000',
      direction: 'outbound',
      status: 'completed',
      rawStatus: 'completed',
      from: '+33612345678',
      to: '+33612345678',
      occurredAt: '2024-03-20T08:55:00.000Z',
      answeredAt: null,
      endedAt: '2024-03-20T09:15:00.000Z',
      durations: { totalSec: 900, ringSec: null, talkSec: null, billableSec: null },
      contact: { id: '123e4567-e89b-12d3-a456-426614174000', name: 'John Doe' },
      agent: { id: '123e4567-e89b-12d3-a456-426614174005', name: 'Alice Martin' },
      recording: { kind: 'none', reason: 'unsupported' },
      endReason: 'The call finished normally.',
      details: {
        source: 'skipcall',
        callType: 'CALL_SESSION',
        notes: 'Call notes here',
        conferenceId: 'CF123456789',
        transferred: false,
      },
    })
    expect(call.relatedIds).toEqual([
      '123e4567-e89b-12d3-a456-426614174000',
      '123e4567-e89b-12d3-a456-426614174003',
      'CA123456789',
      'CA987654321',
      'CF123456789',
    ])
    expect(call.timeline.map((step) => step.kind)).toEqual(['created', 'initiated', 'ended'])
  })

  it('a list page in the agreed envelope; inbound swaps from/to; missed, voicemail, live and unknown words', () => {
    const parsed = SkipcallCallListWireSchema.parse(page)
    expect(parsed.meta).toEqual({ page: 0, size: 4, total: 4, totalPages: 1, hasNextPage: false })
    const [live, voicemail, missed, odd] = page.data.map(map)
    expect(live).toMatchObject({
      status: 'in_progress',
      endedAt: null,
      terminal: false,
      durations: { totalSec: null },
    })
    expect(voicemail).toMatchObject({ status: 'voicemail', endReason: 'The call reached voicemail.' })
    expect(voicemail?.details).toMatchObject({
      notes: "<img src=x onerror=alert('notes')> Left a message about the quote",
    })
    expect(missed).toMatchObject({
      status: 'missed',
      direction: 'inbound',
      from: '+33145678901',
      to: '+33612345678',
      contact: { name: null },
    })
    expect(odd).toMatchObject({
      status: 'unknown',
      rawStatus: 'LEFT_IN_QUEUE',
      direction: 'unknown',
      endReason: 'Status "LEFT_IN_QUEUE".',
    })
  })

  it('a record missing a documented required field is rejected', () => {
    const { contact: _contact, ...withoutContact } = sample
    expect(SkipcallCallWireSchema.safeParse(withoutContact).success).toBe(false)
  })
})

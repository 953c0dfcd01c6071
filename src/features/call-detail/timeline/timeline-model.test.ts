import { describe, expect, it } from 'vitest'
import type { StepKind, TimelineStep } from '#domain/call'
import type { TelnyxLeg as Leg } from '#domain/call-details'
import { testCall } from '#testing/test-call'
import { expectedSteps } from './expected-steps'
import { buildTimelineRows, type TimelineRow } from './timeline-model'

function step(kind: StepKind, at: string, extra: Partial<TimelineStep> = {}): TimelineStep {
  return { kind, at, rawAt: at, sourceField: `${kind}_at`, flags: [], ...extra }
}

function leg(legId: string, patch: Partial<Leg> = {}): Leg {
  return {
    legId,
    callControlIds: [],
    direction: 'outbound',
    from: null,
    to: null,
    initiatedAt: null,
    answeredAt: null,
    endedAt: null,
    hangupCause: null,
    hangupSource: null,
    sipHangupCause: null,
    ...patch,
  }
}

const describeRows = (rows: TimelineRow[]) =>
  rows.map((row) =>
    row.type === 'missing'
      ? `missing:${row.expected.kind}${row.expected.legId ? `@${row.expected.legId}` : ''}`
      : `${row.step.kind}${row.step.legId ? `@${row.step.legId}` : ''}${row.flags.length ? `[${row.flags.join(',')}]` : ''}`,
  )

describe('timeline rows', () => {
  it('orders steps by time and gives the gap since the previous step', () => {
    const rows = buildTimelineRows(
      [
        step('ended', '2026-11-20T14:12:19.000Z'),
        step('created', '2026-11-20T14:10:38.000Z'),
        step('answered', '2026-11-20T14:10:48.500Z'),
      ],
      [],
    )
    expect(describeRows(rows)).toEqual(['created', 'answered', 'ended'])
    expect(rows.map((row) => (row.type === 'step' ? row.gapMs : 'x'))).toEqual([null, 10_500, 90_500])
  })

  it('keeps the provider order for equal times', () => {
    const at = '2026-11-20T14:10:38.000Z'
    const rows = buildTimelineRows([step('initiated', at), step('ringing', at)], [])
    expect(describeRows(rows)).toEqual(['initiated', 'ringing'])
    expect(rows[1]?.type === 'step' && rows[1].gapMs).toBe(0)
  })

  it('flags a step whose time contradicts the call’s life, and a repeated one, without hiding either', () => {
    const rows = buildTimelineRows(
      [
        step('created', '2026-11-20T14:00:00.000Z'),
        step('ended', '2026-11-20T14:00:05.000Z'),
        step('answered', '2026-11-20T14:00:09.000Z'),
        step('ended', '2026-11-20T14:00:10.000Z'),
      ],
      [],
    )
    expect(describeRows(rows)).toEqual(['created', 'ended', 'answered[out_of_order]', 'ended[duplicate]'])
  })

  it('keeps the provider’s own flags and does not add them twice', () => {
    const rows = buildTimelineRows(
      [
        step('initiated', '2026-11-20T14:00:00.000Z', { legId: 'a' }),
        step('answered', '2026-11-20T14:00:01.000Z', { legId: 'a', flags: ['duplicate'] }),
        step('answered', '2026-11-20T14:00:01.000Z', { legId: 'a', flags: ['duplicate'] }),
      ],
      [],
    )
    expect(describeRows(rows)).toEqual(['initiated@a', 'answered@a[duplicate]', 'answered@a[duplicate]'])
  })

  it('checks order per leg: a second leg starting later is not out of order', () => {
    const rows = buildTimelineRows(
      [
        step('initiated', '2026-11-20T14:00:00.000Z', { legId: 'a' }),
        step('answered', '2026-11-20T14:00:02.000Z', { legId: 'a' }),
        step('initiated', '2026-11-20T14:00:03.000Z', { legId: 'b' }),
        step('answered', '2026-11-20T14:00:05.000Z', { legId: 'b' }),
      ],
      [],
    )
    expect(rows.every((row) => row.type === 'step' && row.flags.length === 0)).toBe(true)
  })

  it('marks a missing step where it belongs in the call’s life', () => {
    const call = testCall({
      source: 'leadping',
      id: 'c1',
      status: 'completed',
      terminal: true,
      details: {
        source: 'leadping',
        revision: '2026-07',
        organizationId: null,
        organizationName: null,
        callerId: null,
        providerStatus: null,
        billingStatus: null,
        telnyxId: null,
        consoleEntries: [],
      },
    })
    const steps = [step('created', '2026-11-20T14:00:00.000Z'), step('ended', '2026-11-20T14:01:00.000Z')]
    const rows = buildTimelineRows(steps, expectedSteps(call, steps))
    expect(describeRows(rows)).toEqual(['created', 'missing:answered', 'ended'])
    expect(rows[1]?.type === 'missing' && rows[1].expected.label).toBe('No answer event')
    // The gap of `ended` is still measured from the last real step.
    expect(rows[2]?.type === 'step' && rows[2].gapMs).toBe(60_000)
  })

  it('expects an end only once the call is over, and no answer from Skipcall (it reports none)', () => {
    const steps = [step('created', '2026-11-20T14:00:00.000Z')]
    const live = testCall({ source: 'callingbox', id: 'x', status: 'in_progress', terminal: false })
    expect(describeRows(buildTimelineRows(steps, expectedSteps(live, steps)))).toEqual(['created'])
    const skip = testCall({ source: 'skipcall', id: 'y', status: 'completed', terminal: true })
    expect(describeRows(buildTimelineRows(steps, expectedSteps(skip, steps)))).toEqual([
      'created',
      'missing:ended',
    ])
    expect(describeRows(buildTimelineRows([], expectedSteps(skip, [])))).toEqual([
      'missing:created',
      'missing:ended',
    ])
  })

  it('checks every Telnyx leg for its initiated, answered and hangup events', () => {
    const legs: Leg[] = [leg('a', { sipHangupCause: 'unspecified' }), leg('b', { sipHangupCause: '200' })]
    const steps = [
      step('initiated', '2026-11-20T14:00:00.000Z', { legId: 'a' }),
      step('answered', '2026-11-20T14:00:01.000Z', { legId: 'a' }),
      step('bridged', '2026-11-20T14:00:09.000Z', { legId: 'a' }),
      step('initiated', '2026-11-20T14:00:03.000Z', { legId: 'b' }),
      step('ended', '2026-11-20T14:02:00.000Z', { legId: 'a' }),
      step('ended', '2026-11-20T14:02:00.100Z', { legId: 'b' }),
    ]
    const call = testCall({
      source: 'telnyx',
      id: 's',
      terminal: true,
      details: { source: 'telnyx', legs, machineDetection: null },
    })
    const rows = buildTimelineRows(steps, expectedSteps(call, steps))
    expect(describeRows(rows)).toEqual([
      'initiated@a',
      'answered@a',
      'initiated@b',
      'bridged@a',
      'ended@a',
      'missing:answered@b',
      'ended@b',
    ])
    const marker = rows.find((row) => row.type === 'missing')
    expect(marker?.type === 'missing' && marker.expected.label).toBe('No call.answered event')
  })

  it('marks a Telnyx leg that never reported its start or its hangup', () => {
    const call = testCall({
      source: 'telnyx',
      id: 's',
      terminal: true,
      details: { source: 'telnyx', legs: [leg('a')], machineDetection: null },
    })
    const steps = [step('answered', '2026-11-20T14:00:01.000Z', { legId: 'a' })]
    expect(describeRows(buildTimelineRows(steps, expectedSteps(call, steps)))).toEqual([
      'missing:initiated@a',
      'answered@a',
      'missing:ended@a',
    ])
  })
})

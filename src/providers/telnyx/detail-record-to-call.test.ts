import { describe, expect, it } from 'vitest'
import { callInvariantViolations } from '#testing/call-invariants'
import page from './fixtures/detail-records-page.json'
import { TelnyxCallControlRecordWireSchema, type TelnyxCallControlRecordWire } from './detail-record-schema'
import { detailRecordsToCall, groupDetailRecordsBySession, type DetailRecord } from './detail-record-to-call'

const HOSTILE = '<script>alert("x")</script> {{7*7}} &amp; \u202Eevil'

function parsed(raw: unknown): DetailRecord {
  return { value: TelnyxCallControlRecordWireSchema.parse(raw), raw }
}

function mapped(records: DetailRecord[]) {
  const call = detailRecordsToCall(records)
  if (call === null) throw new Error('no call')
  expect(callInvariantViolations(call)).toEqual([])
  return call
}

const [answeredRaw, unansweredRaw] = page.data
const answered = parsed(answeredRaw)
const unanswered = parsed(unansweredRaw)

describe('Telnyx detail records → Call', () => {
  it('maps an answered call: completed, times, durations, cost, recording to look up', () => {
    const call = mapped([answered])
    expect(call).toMatchObject({
      source: 'telnyx',
      id: '63149763-3850-4f9a-b9cf-7babe1be98f8',
      relatedIds: [
        '4b679aae-b7e7-11ef-9fe0-02420aef3920',
        'v3:2EC-70CTEjlUq3tDM0CxKXIt5-5N4iP4wo7_-PfH-qub97Sk4EqO5w',
      ],
      direction: 'outbound',
      status: 'completed',
      rawStatus: null,
      rawReason: null,
      from: '+15127376291',
      to: '+18008648331',
      occurredAt: '2024-12-11T17:42:31.000Z',
      rawOccurredAt: '2024-12-11T17:42:31Z',
      answeredAt: '2024-12-11T17:42:34.000Z',
      endedAt: '2024-12-11T17:43:24.000Z',
      durations: { totalSec: 53, ringSec: 3, talkSec: 50, billableSec: 60 },
      cost: { amount: 0.002, currency: 'USD', raw: '0.002 USD' },
      endReason: null,
      terminal: true,
      recording: {
        kind: 'telnyx',
        sessionId: '63149763-3850-4f9a-b9cf-7babe1be98f8',
        legIds: ['4b679aae-b7e7-11ef-9fe0-02420aef3920'],
        confirmed: false,
      },
      raw: [answeredRaw],
    })
    expect(call.timeline.map((step) => [step.kind, step.sourceField, step.legId])).toEqual([
      ['initiated', 'detail_record.started_at', answered.value.telnyx_leg_id],
      ['answered', 'detail_record.answered_at', answered.value.telnyx_leg_id],
      ['ended', 'detail_record.finished_at', answered.value.telnyx_leg_id],
    ])
    expect(call.details).toEqual({
      source: 'telnyx',
      machineDetection: null,
      legs: [
        {
          legId: '4b679aae-b7e7-11ef-9fe0-02420aef3920',
          callControlIds: ['v3:2EC-70CTEjlUq3tDM0CxKXIt5-5N4iP4wo7_-PfH-qub97Sk4EqO5w'],
          direction: 'outbound',
          from: '+15127376291',
          to: '+18008648331',
          initiatedAt: '2024-12-11T17:42:31.000Z',
          answeredAt: '2024-12-11T17:42:34.000Z',
          endedAt: '2024-12-11T17:43:24.000Z',
          hangupCause: null,
          hangupSource: null,
          sipHangupCause: null,
        },
      ],
    })
  })

  it('maps an unanswered call to no_answer without inventing a cause', () => {
    const call = mapped([unanswered])
    expect(call).toMatchObject({
      direction: 'inbound',
      status: 'no_answer',
      rawStatus: null,
      rawReason: null,
      endReason: null,
      answeredAt: null,
      durations: { totalSec: 30, ringSec: null, talkSec: null, billableSec: 0 },
      cost: { amount: 0, currency: 'USD', raw: '0 USD' },
      recording: { kind: 'none', reason: 'not_answered' },
      terminal: true,
    })
    // An empty call control id is no id.
    expect(call.relatedIds).toEqual(['5c780bbf-b7e7-11ef-9fe0-02420aef3921'])
    expect(call.timeline.map((step) => step.kind)).toEqual(['initiated', 'ended'])
  })

  it('joins the legs of one session: first leg decides, every leg is on the timeline, costs add up', () => {
    const session = answered.value.session_id
    const bridged: TelnyxCallControlRecordWire & Record<string, unknown> = {
      ...(answeredRaw as TelnyxCallControlRecordWire),
      id: '7d1f0c2e-5213-11e9-ace7-02420a0f0002',
      telnyx_leg_id: '7d1f0c2e-5213-11e9-ace7-02420a0f0002',
      telnyx_call_control_id: 'v3:second',
      direction: 'outbound',
      cli: '+18008648331',
      cld: '+15125550100',
      started_at: '2024-12-11T17:42:40.123456Z',
      answered_at: '2024-12-11T17:42:45Z',
      finished_at: '2024-12-11T17:43:20Z',
      cost: '0.004',
    }
    // The second leg first on the page: order on the page must not decide the primary leg.
    const call = mapped([parsed(bridged), answered, answered])
    expect(call.id).toBe(session)
    expect(call.from).toBe('+15127376291')
    expect(call.occurredAt).toBe('2024-12-11T17:42:31.000Z')
    expect(call.relatedIds).toEqual([
      answered.value.telnyx_leg_id,
      answered.value.telnyx_call_control_id,
      bridged.telnyx_leg_id,
      'v3:second',
    ])
    expect(call.details.source === 'telnyx' && call.details.legs.map((leg) => leg.legId)).toEqual([
      answered.value.telnyx_leg_id,
      bridged.telnyx_leg_id,
    ])
    expect(call.timeline.map((step) => `${step.kind}:${step.legId?.slice(-4)}`)).toEqual([
      'initiated:3920',
      'answered:3920',
      'initiated:0002',
      'answered:0002',
      'ended:0002',
      'ended:3920',
    ])
    expect(call.timeline[2]?.rawAt).toBe('2024-12-11T17:42:40.123456Z')
    expect(call.cost).toEqual({ amount: 0.006, currency: 'USD', raw: '0.002 USD + 0.004 USD' })
    expect(call.recording).toMatchObject({ legIds: [answered.value.telnyx_leg_id, bridged.telnyx_leg_id] })
  })

  it('does not add up costs in different currencies', () => {
    const euro = parsed({ ...unansweredRaw, session_id: 's', telnyx_leg_id: 'b', currency: 'EUR', cost: '1' })
    const dollar = parsed({ ...unansweredRaw, session_id: 's', telnyx_leg_id: 'a', cost: '1' })
    expect(mapped([dollar, euro]).cost).toBeNull()
  })

  it('keeps hostile strings as text, exactly as sent', () => {
    const raw = { ...answeredRaw, cli: HOSTILE, cld: `javascript:alert(1)`, direction: HOSTILE }
    const call = mapped([parsed(raw)])
    expect(call.from).toBe(HOSTILE)
    expect(call.to).toBe('javascript:alert(1)')
    expect(call.direction).toBe('unknown')
    expect(call.raw).toEqual([raw])
  })

  it('groups a page by session in first-seen order, and maps nothing from nothing', () => {
    const other = parsed({ ...unansweredRaw, session_id: answered.value.session_id, telnyx_leg_id: 'x' })
    const groups = groupDetailRecordsBySession([answered, unanswered, other])
    expect([...groups.keys()]).toEqual([answered.value.session_id, unanswered.value.session_id])
    expect(groups.get(answered.value.session_id)).toEqual([answered, other])
    expect(detailRecordsToCall([])).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { ActivityItemSchema } from '#domain/activity'
import { LeadpingEventWireSchema } from './event-schema'
import cancelled07 from './fixtures/event-cancelled-2026-07.json'
import mms08 from './fixtures/event-mms-2026-08.json'
import optedOut08 from './fixtures/event-opted-out-2026-08.json'
import sms07 from './fixtures/event-sms-2026-07.json'
import statusChange08 from './fixtures/event-status-change-2026-08.json'
import warmup07 from './fixtures/event-warmup-2026-07.json'
import { leadpingEventToActivity } from './to-activity'

function map(raw: unknown) {
  const item = leadpingEventToActivity(LeadpingEventWireSchema.parse(raw), raw)
  expect(ActivityItemSchema.safeParse(item).success).toBe(true)
  return item
}

const ladder = (raw: unknown) => map(raw).timeline.map((step) => step.kind)

describe('Leadping timeline events → activity items (message ladder, both revisions)', () => {
  it('an SMS delivered (2026-07 activityType, string retryCount)', () => {
    const item = map(sms07)
    expect(item).toMatchObject({
      kind: 'sms',
      direction: 'outbound',
      outcome: 'delivered',
      retryCount: 0,
      isWarmup: false,
      trafficType: 'RealLead',
    })
    expect(ladder(sms07)).toEqual(['created', 'queued', 'sending', 'sent', 'delivered'])
    expect(item.relatedIds).toEqual(['cv_1', '40317f4c-0001'])
  })

  it('Cancelled (2026-07) and Canceled (2026-08) are the same outcome', () => {
    expect(map(cancelled07)).toMatchObject({
      outcome: 'canceled',
      statusReason: 'Lead replied before the send time',
    })
    expect(ladder(cancelled07)).toEqual(['created', 'queued', 'canceled', 'scheduled'])
    const mms = map(mms08)
    expect(mms).toMatchObject({
      kind: 'mms',
      outcome: 'canceled',
      errorCode: '40008',
      retryCount: 2,
      nextRetryAt: '2026-08-19T12:05:00.000Z',
    })
    expect(ladder(mms08)).toEqual(['created', 'queued', 'sending', 'failed', 'canceled'])
    expect(mms.timeline.find((step) => step.kind === 'failed')?.detail).toBe('40008')
  })

  it('"Opted out" with its space maps to opted_out; status changes and warm-ups are recognised', () => {
    expect(map(optedOut08)).toMatchObject({ kind: 'sms', outcome: 'opted_out', errorCode: '21610' })
    expect(map(statusChange08)).toMatchObject({
      kind: 'status_change',
      outcome: 'completed',
      direction: 'unknown',
      description: 'Status changed to Qualified',
    })
    expect(map(warmup07)).toMatchObject({
      kind: 'other',
      isWarmup: true,
      trafficType: 'Warmup',
      outcome: 'sent',
    })
  })

  it('a Disposition (2026-07) is a status change too; call events use the call vocabulary', () => {
    expect(map({ ...statusChange08, timelineType: undefined, activityType: 'Disposition' }).kind).toBe(
      'status_change',
    )
    const call = map({ ...statusChange08, timelineType: 'Call', status: 'Missed', direction: 'inbound' })
    expect(call).toMatchObject({ kind: 'call', outcome: 'missed', direction: 'inbound' })
    expect(map({ ...statusChange08, timelineType: 'Call', status: 'Active' }).outcome).toBe('in_progress')
    expect(map({ ...statusChange08, timelineType: 'Sms', status: 'Teleported' }).outcome).toBe('unknown')
  })
})

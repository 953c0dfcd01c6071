import { describe, expect, it } from 'vitest'
import type { ActivityItem } from '#domain/activity'
import type { Call } from '#domain/call'
import { testCall } from '#testing/test-call'
import sms07 from '../../../providers/leadping/fixtures/event-sms-2026-07.json'
import warmup07 from '../../../providers/leadping/fixtures/event-warmup-2026-07.json'
import { DEFAULT_LEAD_VIEW } from '../url-state/lead-url-state'
import { fromLeadping } from '#testing/lead-activity-items'
import { filterTimeline, hiddenTrafficCount, shownTimeline } from './timeline-view'

const LEAD = '+15125550177'
const AGENT = '+15125550142'

const call = (patch: Partial<Call> & Pick<Call, 'source' | 'id'>): Call =>
  testCall({ from: AGENT, to: LEAD, ...patch })

/** Leadping's timeline line about a call (2026-07: the call's Telnyx id as `telnyxId`). */
const callLine = (id: string, createdAt: string, telnyxId: string): ActivityItem =>
  fromLeadping(sms07, {
    id,
    activityType: 'Call',
    eventType: 'call.outbound',
    status: 'Ended',
    telnyxId,
    providerMessageId: null,
    createdAt,
    queuedAt: null,
    sendingStartedAt: null,
    sentAt: null,
    deliveredAt: null,
  })

const ids = (items: readonly ActivityItem[]) => items.map((item) => `${item.source}:${item.id}`)

describe('the page timeline from its three inputs', () => {
  const leadpingCall = call({
    source: 'leadping',
    id: 'lp-call',
    relatedIds: ['lead-1', 'conv-1', 'v3:abc'],
    occurredAt: '2026-07-14T16:00:00.000Z',
  })
  const telnyxCall = call({
    source: 'telnyx',
    id: 'tx-session',
    relatedIds: ['tx-leg', 'v3:abc'],
    occurredAt: '2026-07-14T16:00:01.500Z',
  })
  const skipcallCall = call({
    source: 'skipcall',
    id: 'sk-1',
    relatedIds: ['contact-1'],
    occurredAt: '2026-07-14T17:00:00.000Z',
  })

  it('tells each call once: the Leadping timeline line, the Leadping call and the Telnyx session of one call', () => {
    const items = shownTimeline({
      activity: [fromLeadping(sms07), callLine('line-1', '2026-07-14T16:00:00.400Z', 'v3:abc')],
      // The same Skipcall call found by two of the lead's numbers is read twice.
      calls: [leadpingCall, telnyxCall, skipcallCall, skipcallCall],
      boundMs: -Infinity,
    })
    expect(ids(items)).toEqual(['skipcall:sk-1', 'leadping:lp-call', 'leadping:ev_sms_07'])
    expect(items[1]?.mergedFrom).toEqual(['telnyx:tx-session', 'leadping:line-1'])
  })

  it('holds back what a record still unread could change: items within two minutes of the bound', () => {
    const reads = {
      activity: [callLine('line-1', '2026-07-14T16:00:00.400Z', 'v3:abc')],
      calls: [skipcallCall, telnyxCall],
      boundMs: Date.parse('2026-07-14T15:59:00.000Z'),
    }
    // The Telnyx session (16:00:01) may still get its Leadping twin from a page not read yet.
    expect(ids(shownTimeline(reads))).toEqual(['skipcall:sk-1'])
    expect(ids(shownTimeline({ ...reads, boundMs: Date.parse('2026-07-14T15:57:00.000Z') }))).toEqual([
      'skipcall:sk-1',
      'telnyx:tx-session',
    ])
    expect(shownTimeline({ ...reads, boundMs: Infinity })).toEqual([])
  })
})

describe('the view filters', () => {
  const now = new Date('2026-07-20T00:00:00.000Z')
  const sms = fromLeadping(sms07)
  const warmup = fromLeadping(warmup07)
  const test = fromLeadping(sms07, { id: 'ev_test', trafficType: 'Test' })
  const inboundCall = call({
    source: 'telnyx',
    id: 'in',
    direction: 'inbound',
    status: 'missed',
    occurredAt: '2026-07-15T00:00:00.000Z',
  })
  const items = shownTimeline({ activity: [sms, warmup, test], calls: [inboundCall], boundMs: -Infinity })

  it('hide warm-up and test traffic unless asked', () => {
    expect(ids(filterTimeline(items, DEFAULT_LEAD_VIEW, now))).toEqual(['telnyx:in', 'leadping:ev_sms_07'])
    expect(hiddenTrafficCount(items)).toBe(2)
    expect(filterTimeline(items, { ...DEFAULT_LEAD_VIEW, showAllTraffic: true }, now)).toHaveLength(4)
  })

  it('filter by kind (a warm-up text is an SMS), direction, outcome and period', () => {
    const all = { ...DEFAULT_LEAD_VIEW, showAllTraffic: true }
    expect(ids(filterTimeline(items, { ...all, kinds: ['call'] }, now))).toEqual(['telnyx:in'])
    expect(filterTimeline(items, { ...all, kinds: ['sms'] }, now)).toHaveLength(3)
    expect(ids(filterTimeline(items, { ...all, direction: 'inbound' }, now))).toEqual(['telnyx:in'])
    // The warm-up text was sent days before `now` and never confirmed: a problem, like the missed call.
    expect(ids(filterTimeline(items, { ...all, outcome: 'problem' }, now))).toEqual([
      'telnyx:in',
      'leadping:ev_warm_07',
    ])
    expect(filterTimeline(items, { ...all, outcome: 'completed' }, now)).toHaveLength(2)
    expect(filterTimeline(items, { ...all, period: '24h' }, now)).toEqual([])
  })
})

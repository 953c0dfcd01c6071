import { describe, expect, it } from 'vitest'
import type { ActivityItem } from './activity'
import type { Call } from './call'
import { mergeLeadActivity } from './lead-activity'
import { testCall } from '#testing/test-call'

const call = (patch: Partial<Call>): Call =>
  testCall({ source: 'telnyx', id: 'sess-1', from: '+15125550142', to: '+15125550177', ...patch })

const item = (patch: Partial<ActivityItem>): ActivityItem => ({
  source: 'leadping',
  id: 'ev-1',
  relatedIds: [],
  kind: 'sms',
  direction: 'outbound',
  outcome: 'delivered',
  rawStatus: null,
  statusReason: null,
  occurredAt: '2026-08-21T09:00:00.000Z',
  from: '+15125550142',
  to: '+15125550177',
  description: null,
  errorCode: null,
  retryCount: null,
  nextRetryAt: null,
  trafficType: null,
  isWarmup: false,
  timeline: [],
  call: null,
  mergedFrom: [],
  raw: null,
  ...patch,
})

describe('a lead timeline: Leadping activity + calls of every source, each call once', () => {
  it('merges the same call told by a Leadping call event and by Telnyx (shared Telnyx id), keeping the richer', () => {
    const leadpingCall = call({
      source: 'leadping',
      id: 'ce-1',
      relatedIds: ['ld-1', 'v3:abc'],
      occurredAt: '2026-08-21T10:00:01.000Z',
    })
    const telnyxCall = call({ source: 'telnyx', id: 'sess-1', relatedIds: ['leg-1', 'v3:abc'] })
    const timelineLine = item({
      id: 'ev-call',
      kind: 'call',
      relatedIds: ['ce-1'],
      occurredAt: '2026-08-21T10:00:02.000Z',
    })
    const sms = item({})
    const merged = mergeLeadActivity([timelineLine, sms], [leadpingCall, telnyxCall])
    expect(merged.map((entry) => [entry.source, entry.id, entry.mergedFrom])).toEqual([
      ['leadping', 'ce-1', ['telnyx:sess-1', 'leadping:ev-call']],
      ['leadping', 'ev-1', []],
    ])
  })

  it('matches by numbers within two minutes when no id is shared, never across messages', () => {
    const skipcall = call({
      source: 'skipcall',
      id: 'sk-1',
      from: '+1 512 555 0142',
      occurredAt: '2026-08-21T10:01:30.000Z',
    })
    const telnyx = call({ id: 'sess-9', from: '+15125550142' })
    const later = call({ source: 'callingbox', id: 'cb-1', occurredAt: '2026-08-21T10:05:00.000Z' })
    const merged = mergeLeadActivity(
      [item({ occurredAt: '2026-08-21T10:00:30.000Z' })],
      [skipcall, telnyx, later],
    )
    expect(merged.map((entry) => entry.id)).toEqual(['cb-1', 'sk-1', 'ev-1'])
    expect(merged[1]?.mergedFrom).toEqual(['telnyx:sess-9'])
  })

  it('never takes a lead, conversation or contact id that several records share for a call id', () => {
    const first = call({ source: 'leadping', id: 'ce-1', relatedIds: ['ld-1', 'cv-1', 'v3:a'] })
    const second = call({
      source: 'leadping',
      id: 'ce-2',
      relatedIds: ['ld-1', 'cv-1', 'v3:b'],
      from: '+15125550999',
      occurredAt: '2026-08-21T12:00:00.000Z',
    })
    const line = (id: string, telnyxId: string, occurredAt: string) =>
      item({ id, kind: 'call', relatedIds: ['cv-1', telnyxId], occurredAt })
    const skipcall = (id: string, occurredAt: string) =>
      call({ source: 'skipcall', id, relatedIds: ['contact-1'], from: '+15125550555', occurredAt })
    const merged = mergeLeadActivity(
      [
        line('ev-a', 'v3:a', '2026-08-21T10:00:00.500Z'),
        line('ev-b', 'v3:b', '2026-08-21T12:00:00.500Z'),
        item({ id: 'ev-sms', relatedIds: ['cv-1'] }),
      ],
      [
        first,
        second,
        skipcall('sk-1', '2026-08-20T10:00:00.000Z'),
        skipcall('sk-2', '2026-08-19T10:00:00.000Z'),
      ],
    )
    expect(merged.map((entry) => [entry.id, entry.mergedFrom])).toEqual([
      ['ce-2', ['leadping:ev-b']],
      ['ce-1', ['leadping:ev-a']],
      ['ev-sms', []],
      ['sk-1', []],
      ['sk-2', []],
    ])
  })

  it('keeps two calls of one source apart, and folds at most one record of each other source into a call', () => {
    const retry = call({ id: 'sess-2', occurredAt: '2026-08-21T10:01:00.000Z' })
    const leadping = call({ source: 'leadping', id: 'ce-1', occurredAt: '2026-08-21T10:00:30.000Z' })
    const merged = mergeLeadActivity([], [call({}), retry, leadping])
    expect(merged.map((entry) => [entry.id, entry.mergedFrom])).toEqual([
      ['sess-2', []],
      ['ce-1', ['telnyx:sess-1']],
    ])
  })
})

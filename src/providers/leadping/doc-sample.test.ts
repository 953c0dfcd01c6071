import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from '#domain/safe-url'
import { parseRecords } from '../adapter-kit/parse-records'
import { callInvariantViolations } from '#testing/call-invariants'
import { LeadpingEventWireSchema } from './event-schema'
import activitySample from './fixtures/doc-activity-event-2026-07.json'
import callSample from './fixtures/doc-call-event-2026-07.json'
import { leadpingEventToActivity } from './to-activity'
import { leadpingCallToCall } from './to-call'
import { LeadpingCallEventWireSchema } from './wire-schema'

/**
 * The doc pages' samples are Mintlify placeholders: every string is "<string>", including fields the
 * same pages document as numbers in strings with a pattern (`duration`, `billableSeconds`,
 * `billableAmount`, `retryCount`). So the samples prove the field names, nesting and which fields are
 * strings, booleans or date-times, and they honestly FAIL the documented patterns: our schema reports
 * exactly those fields. With the placeholders of pattern-checked fields replaced by documented-type
 * values, the same samples parse and map.
 */
describe('Leadping doc samples (2026-07 pages)', () => {
  it('the call event sample fails only on the placeholders of pattern-checked number fields', () => {
    const { records, issues } = parseRecords('leadping', LeadpingCallEventWireSchema, [callSample], 'items')
    expect(records).toEqual([])
    expect(issues.map((issue) => issue.field)).toEqual([
      'items.0.duration',
      'items.0.billableSeconds',
      'items.0.billableAmount',
    ])
    expect(issues.every((issue) => issue.recordId === '<string>' && issue.source === 'leadping')).toBe(true)
  })

  it('maps once those fields hold values of their documented type', () => {
    const filled = { ...callSample, duration: '61', billableSeconds: '60', billableAmount: '0.0125' }
    const wire = LeadpingCallEventWireSchema.parse(filled)
    const call = leadpingCallToCall(wire, filled)
    expect(callInvariantViolations(call)).toEqual([])
    expect(call).toMatchObject({
      id: '<string>',
      direction: 'unknown',
      status: 'unknown',
      rawStatus: null,
      rawReason: '<string>',
      durations: { totalSec: 61, ringSec: 0, talkSec: 0, billableSec: 60 },
      cost: { amount: 0.0125, currency: null, raw: '0.0125' },
      recording: { kind: 'url', url: '<string>' },
      details: { source: 'leadping', revision: '2026-07', telnyxId: '<string>', providerStatus: '<string>' },
    })
    // "<string>" is kept as data and is never playable.
    expect(safeHttpUrl(call.recording.kind === 'url' ? call.recording.url : null)).toBeNull()
  })

  it('the activity event sample fails only on billableAmount and retryCount, and maps once filled', () => {
    const { issues } = parseRecords('leadping', LeadpingEventWireSchema, [activitySample], 'items')
    expect(issues.map((issue) => issue.field)).toEqual(['items.0.billableAmount', 'items.0.retryCount'])
    const filled = { ...activitySample, billableAmount: '0.0079', retryCount: '1' }
    const item = leadpingEventToActivity(LeadpingEventWireSchema.parse(filled), filled)
    expect(item).toMatchObject({
      kind: 'other',
      outcome: 'unknown',
      retryCount: 1,
      isWarmup: true,
      direction: 'unknown',
    })
    expect(item.timeline.map((step) => step.kind)).toEqual([
      'created',
      'scheduled',
      'queued',
      'sending',
      'sent',
      'delivered',
      'received',
      'failed',
      'undeliverable',
      'blocked',
      'canceled',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { callInvariantViolations } from '#testing/call-invariants'
import canceled07 from './fixtures/call-event-canceled-2026-07.json'
import rev07 from './fixtures/call-event-2026-07.json'
import rev08 from './fixtures/call-event-2026-08.json'
import hostile from './fixtures/call-event-hostile.json'
import unknownStatus from './fixtures/call-event-unknown-status.json'
import { leadpingCallStatus } from './status'
import { leadpingCallToCall } from './to-call'
import { LEADPING_CALL_STATUSES, LeadpingCallEventWireSchema } from './wire-schema'

function map(raw: unknown) {
  const call = leadpingCallToCall(LeadpingCallEventWireSchema.parse(raw), raw)
  expect(callInvariantViolations(call)).toEqual([])
  return call
}

describe('Leadping call events → Call (both revisions)', () => {
  it('2026-07: numbers in strings, business, telnyxId and providerStatus', () => {
    const call = map(rev07)
    expect(call).toMatchObject({
      source: 'leadping',
      status: 'completed',
      direction: 'outbound',
      from: '+15125550142',
      to: '+15125550199',
      occurredAt: '2026-07-14T15:02:11.482Z',
      durations: { totalSec: 232, ringSec: 13, talkSec: 220, billableSec: 240 },
      cost: { amount: 0.0425, currency: null, raw: '0.0425' },
      endReason: 'The call finished normally: Lead answered and talked to an agent.',
      lead: { id: 'ld_01J9Z5W7M2C4B6D8F0H2K4N6Q8', name: null },
      agent: { id: 'usr_2b8d4f6a', name: 'Maya Okafor' },
      recording: { kind: 'url', url: 'https://recordings.leadping.ai/ce_01J9Z6Q8V4X2T7N3M5K8R1P0AB.mp3' },
      details: {
        revision: '2026-07',
        organizationId: 'bz_7f3c2a1e',
        organizationName: 'Brightline Solar',
        telnyxId: 'v3:Q1w2E3r4T5y6U7i8O9p0',
      },
    })
    expect(call.relatedIds).toEqual([
      'ld_01J9Z5W7M2C4B6D8F0H2K4N6Q8',
      'cv_01J9Z5W7N8P0R2T4V6X8Z0B2D4',
      'v3:Q1w2E3r4T5y6U7i8O9p0',
    ])
    expect(call.timeline.map((step) => [step.kind, step.sourceField])).toEqual([
      ['created', 'createdAt'],
      ['answered', 'answeredAt'],
      ['ended', 'endedAt'],
    ])
  })

  it('2026-08: plain numbers, organization, leadName and console entries', () => {
    const call = map(rev08)
    expect(call).toMatchObject({
      status: 'blocked',
      rawStatus: 'blocked_billing',
      terminal: true,
      endReason:
        'Blocked: the account has a billing problem (balance or payment): Prepaid balance is below the minimum for outbound calls.',
      lead: { id: 'ld_01JA3J7X9Z1B3D5F7H9K1M3P5R', name: 'Dana Whitfield' },
      recording: { kind: 'none', reason: 'not_answered' },
      cost: { amount: 0, currency: null, raw: '0' },
    })
    expect(call.details).toMatchObject({
      source: 'leadping',
      revision: '2026-08',
      organizationId: 'org_7f3c2a1e',
    })
    expect(
      call.details.source === 'leadping' && call.details.consoleEntries.map((entry) => entry.stage),
    ).toEqual(['validation', 'billing'])
  })

  it('keeps hostile text and a javascript: recording URL as data', () => {
    const call = map(hostile)
    expect(call.status).toBe('voicemail')
    expect(call.lead?.name).toBe("<script>alert('lead')</script>")
    expect(call.recording).toEqual({ kind: 'url', url: 'javascript:alert(document.cookie)' })
    expect(call.endReason).toContain('\u202eReversed text\u202c & <b>bold</b>')
  })

  it('maps an undocumented status to unknown, keeping the raw word, and reads direction without case', () => {
    expect(map(unknownStatus)).toMatchObject({
      status: 'unknown',
      rawStatus: 'escalated_to_supervisor',
      direction: 'inbound',
    })
    expect(map(canceled07)).toMatchObject({
      status: 'canceled',
      durations: { totalSec: 0, talkSec: null, billableSec: 0 },
    })
  })

  it('maps every documented status into the common vocabulary, none to unknown', () => {
    const mapped = Object.fromEntries(
      LEADPING_CALL_STATUSES.map((status) => [status, leadpingCallStatus(status)]),
    )
    expect(mapped).toEqual({
      scheduled: 'scheduled',
      queued: 'queued',
      initiated: 'initiated',
      ringing: 'ringing',
      in_progress: 'in_progress',
      active: 'in_progress',
      completed: 'completed',
      ended: 'completed',
      busy: 'busy',
      no_answer: 'no_answer',
      failed: 'failed',
      canceled: 'canceled',
      missed: 'missed',
      transferred: 'completed',
      voicemail: 'voicemail',
      blocked_billing: 'blocked',
      blocked_phone_number_status: 'blocked',
      blocked_configuration: 'blocked',
      blocked_permission: 'blocked',
      configuration_required: 'blocked',
    })
  })

  it('rejects a record whose numbers break the documented pattern or type', () => {
    expect(LeadpingCallEventWireSchema.safeParse({ ...rev07, duration: '12.5' }).success).toBe(false)
    expect(LeadpingCallEventWireSchema.safeParse({ ...rev08, billableSeconds: 1.5 }).success).toBe(false)
    expect(LeadpingCallEventWireSchema.safeParse({ ...rev08, createdAt: 'yesterday' }).success).toBe(false)
  })
})

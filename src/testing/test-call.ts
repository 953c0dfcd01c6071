import type { Call } from '#domain/call'

/** A minimal, schema-valid Call for tests of code that only orders, merges or matches calls. */
export function testCall(patch: Partial<Call> & Pick<Call, 'source' | 'id'>): Call {
  const occurredAt = patch.occurredAt ?? '2026-08-21T10:00:00.000Z'
  return {
    relatedIds: [],
    direction: 'outbound',
    status: 'completed',
    rawStatus: null,
    rawReason: null,
    from: null,
    to: null,
    occurredAt,
    rawOccurredAt: occurredAt,
    answeredAt: null,
    endedAt: null,
    durations: { totalSec: null, ringSec: null, talkSec: null, billableSec: null },
    cost: null,
    endReason: null,
    lead: null,
    contact: null,
    agent: null,
    recording: { kind: 'none', reason: 'unknown' },
    timeline: [],
    terminal: true,
    details: { source: 'telnyx', legs: [], machineDetection: null },
    raw: null,
    ...patch,
  }
}

import { describe, expect, it } from 'vitest'
import { callInvariantViolations } from '#testing/call-invariants'
import { parseRecords } from '../adapter-kit/parse-records'
import sample from './fixtures/doc-list-call-events.json'
import { flagEvents, readTelnyxEvent } from './events'
import { telnyxEventsToCall } from './to-call'
import { TelnyxCallEventListWireSchema, TelnyxCallEventWireSchema } from './wire-schema'

/**
 * The doc page's only sample is one `call.hangup` event with an empty `metadata`. It proves the list
 * envelope, the record's fields and types and the page meta; it cannot prove anything about webhook
 * payloads (none is shown), so a call built from it alone has no direction, no cause and status unknown.
 */
describe('Telnyx doc sample (list call events)', () => {
  it('parses with the documented list schema', () => {
    const parsed = TelnyxCallEventListWireSchema.parse(sample)
    expect(parsed.meta).toEqual({ total_pages: 3, total_results: 55, page_number: 2, page_size: 25 })
    expect(parsed.data[0]?.event_timestamp).toBe('2019-03-29T11:10:19.127783Z')
  })

  it('maps to a call keyed by its session, honest about what it does not know', () => {
    const { records, issues } = parseRecords('telnyx', TelnyxCallEventWireSchema, sample.data, 'data')
    expect(issues).toEqual([])
    const events = records.map((record, index) => readTelnyxEvent(record, index, `data.${index}`).event)
    const call = telnyxEventsToCall(flagEvents(events))
    expect(call).not.toBeNull()
    if (call === null) return
    expect(callInvariantViolations(call)).toEqual([])
    expect(call).toMatchObject({
      source: 'telnyx',
      id: '308fec30-5213-11e9-9d3f-02420a0f0668',
      relatedIds: ['308fe500-5213-11e9-ace7-02420a0f0668'],
      direction: 'unknown',
      status: 'unknown',
      rawStatus: 'call.hangup',
      occurredAt: '2019-03-29T11:10:19.127Z',
    })
    expect(call.timeline).toEqual([
      expect.objectContaining({
        kind: 'ended',
        rawAt: '2019-03-29T11:10:19.127783Z',
        sourceField: 'call.hangup.event_timestamp',
      }),
    ])
  })
})

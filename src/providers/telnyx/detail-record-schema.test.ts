import { describe, expect, it } from 'vitest'
import page from './fixtures/detail-records-page.json'
import { TelnyxCallControlRecordWireSchema, TelnyxDetailRecordListWireSchema } from './detail-record-schema'

const first = page.data[0]
if (first === undefined) throw new Error('the fixture has no record')
const record = first

describe('Telnyx call-control detail record schema', () => {
  it('reads the doc-shaped page', () => {
    const parsed = TelnyxDetailRecordListWireSchema.safeParse(page)
    expect(parsed.success).toBe(true)
    expect(parsed.data?.meta).toEqual({ total_pages: 1, total_results: 2, page_number: 1, page_size: 250 })
  })

  it('accepts counts and money as numbers or as decimals in strings, and vague fields as null', () => {
    const variant = { ...record, call_sec: '50', billed_sec: 60, cost: 0.002, rate: null, tags: ['a', 'b'] }
    expect(TelnyxCallControlRecordWireSchema.safeParse(variant).success).toBe(true)
    const sparse = {
      record_type: 'call-control',
      session_id: record.session_id,
      telnyx_leg_id: record.telnyx_leg_id,
      started_at: record.started_at,
    }
    expect(TelnyxCallControlRecordWireSchema.safeParse(sparse).success).toBe(true)
  })

  it.each([
    ['session_id', { session_id: undefined }],
    ['session_id', { session_id: '' }],
    ['telnyx_leg_id', { telnyx_leg_id: 42 }],
    ['started_at', { started_at: 'yesterday' }],
    ['finished_at', { finished_at: '2024-12-11 17:43' }],
    ['cost', { cost: 'two cents' }],
    ['call_sec', { call_sec: true }],
  ])('rejects a record whose %s is wrong', (field, change) => {
    const result = TelnyxCallControlRecordWireSchema.safeParse({ ...record, ...change })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field])
  })

  it('keeps unknown extra fields out of the parsed value', () => {
    const parsed = TelnyxCallControlRecordWireSchema.parse({ ...record, fs_channel_id: 'x' })
    expect(parsed).not.toHaveProperty('fs_channel_id')
  })
})

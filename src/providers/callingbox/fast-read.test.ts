import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callingBoxCallArb } from '#testing/wire-arbitraries'
import sample from './fixtures/doc-get-call.json'
import list from './fixtures/list.json'
import { readCallingBoxCallFast } from './fast-read'
import { callingBoxCallToCall } from './to-call'
import { CallingBoxCallWireSchema, type CallingBoxCallWire } from './wire-schema'

const FIELDS = Object.keys(CallingBoxCallWireSchema.shape)

/** A valid record with one field replaced by any JSON value, removed, or an extra field added. */
const mutatedArb = fc
  .tuple(
    callingBoxCallArb,
    fc.constantFrom(...FIELDS, 'extra'),
    fc.option(fc.jsonValue(), { nil: undefined }),
  )
  .map(([record, field, value]) => {
    const copy: Record<string, unknown> = { ...record }
    if (value === undefined) delete copy[field]
    else copy[field] = value
    return copy
  })

/** The mapped call, or the error mapping throws (a hangup cause of `__proto__` makes describeCallingBoxEnd throw, whichever way the record was read). */
function mapped(wire: CallingBoxCallWire, raw: unknown): unknown {
  try {
    return callingBoxCallToCall(wire, raw)
  } catch (error) {
    return error
  }
}

describe('readCallingBoxCallFast', () => {
  it('knows exactly the schema’s fields', () => {
    const record = Object.fromEntries(FIELDS.map((field) => [field, null]))
    // Every field present as null: only the required ones can make it fail, and they must.
    expect(readCallingBoxCallFast(record)).toBeNull()
    expect(readCallingBoxCallFast({ ...list[0], surprise: { nested: true } })).not.toBeNull()
  })

  it('reads the fixtures and the doc sample', () => {
    for (const raw of [...list, sample]) expect(readCallingBoxCallFast(raw)).not.toBeNull()
  })

  it('accepts the valid records the arbitraries make', () => {
    fc.assert(fc.property(callingBoxCallArb, (raw) => readCallingBoxCallFast(raw) !== null))
  })

  it('accepts only what the schema accepts, and maps to the same call', () => {
    fc.assert(
      fc.property(fc.oneof(callingBoxCallArb, mutatedArb), (raw) => {
        const fast = readCallingBoxCallFast(raw)
        const parsed = CallingBoxCallWireSchema.safeParse(raw)
        if (fast === null) return
        expect(parsed.success).toBe(true)
        if (parsed.success) expect(mapped(fast, raw)).toEqual(mapped(parsed.data, raw))
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves every broken record to the schema', () => {
    fc.assert(
      fc.property(mutatedArb, (raw) => {
        if (!CallingBoxCallWireSchema.safeParse(raw).success) expect(readCallingBoxCallFast(raw)).toBeNull()
      }),
      { numRuns: 2000 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simForFile, startTestSim } from '../../test-support'
import { loadLeadpingSpec, responsePointer, undeclared } from './openapi-validator'

type Page = { items: Record<string, unknown>[]; continuationToken: string | null }

const leadpingSpec = loadLeadpingSpec()
const spec = leadpingSpec.spec
const validator = (pointer: string) => leadpingSpec.validator(pointer)

function expectValid(pointer: string, body: unknown): void {
  const validate = validator(pointer)
  const ok = validate(body)
  expect(ok ? [] : validate.errors?.slice(0, 5), pointer).toEqual([])
}

const sim = simForFile({ leadpingRevision: '2026-08' })

async function walk(
  path: string,
  body: Record<string, unknown>,
  pointer: string,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = []
  let token: string | null = null
  do {
    const res: { status: number; body: Page } = await sim.t.post<Page>('leadping', path, {
      ...body,
      continuationToken: token,
    })
    expect(res.status).toBe(200)
    expectValid(pointer, res.body)
    rows.push(...res.body.items)
    token = res.body.continuationToken
  } while (token)
  return rows
}

describe('Leadping 2026-08 responses validate against the published OpenAPI document', () => {
  it('validates every call list page, each call by id, and declares no extra fields', async () => {
    const rows = await walk(
      '/events/calls/all/my',
      { pageSize: 100, includeCount: true },
      responsePointer('/events/calls/all/my', 'post', 200),
    )
    expect(rows.length).toBeGreaterThan(100)
    for (const row of rows) expect(undeclared(spec, 'CallEventTableRow', row)).toEqual([])
    for (const row of rows.slice(0, 40)) {
      const one = await sim.t.json('leadping', `/events/calls/${String(row.id)}`)
      expectValid(responsePointer('/events/calls/{callEventId}', 'get', 200), one.body)
    }
    await walk(
      `/events/calls/lead/${sim.examples.showcaseLeadId}`,
      { pageSize: 5 },
      responsePointer('/events/calls/lead/{leadId}', 'post', 200),
    )
  })

  it('validates lead timelines, single events and leads, including hostile and special leads', async () => {
    const leads = [
      sim.examples.showcaseLeadId,
      sim.examples.testLeadId,
      sim.examples.warmupLeadId,
      ...(sim.examples.hostileLeadIds as unknown as string[]),
    ]
    for (const leadId of leads) {
      const events = await walk(
        `/events/leads/${leadId}`,
        { pageSize: 50 },
        responsePointer('/events/leads/{leadId}', 'post', 200),
      )
      for (const event of events) expect(undeclared(spec, 'EventTableRow', event)).toEqual([])
      const first = events[0]
      if (first)
        expectValid(
          responsePointer('/events/{eventId}', 'get', 200),
          (await sim.t.json('leadping', `/events/${String(first.id)}`)).body,
        )
      const lead = await sim.t.json<Record<string, unknown>>('leadping', `/leads/${leadId}`)
      expect(lead.status).toBe(200)
      expectValid(responsePointer('/leads/{id}', 'get', 200), lead.body)
      expect(undeclared(spec, 'LeadResponse', lead.body)).toEqual([])
    }
  })

  it('is not vacuous: the documented 2026-07 rows (numbers as strings, businessId) fail the 2026-08 schema', async () => {
    const older = startTestSim({ leadpingRevision: '2026-07' })
    const page = await older.post<Page>('leadping', '/events/calls/all/my', { pageSize: 20 })
    older.close()
    const validate = validator(responsePointer('/events/calls/all/my', 'post', 200))
    expect(validate(page.body)).toBe(false)
    expect(
      validate.errors?.some(
        (e) => e.instancePath.endsWith('/duration') || e.instancePath.endsWith('/pageSize'),
      ),
    ).toBe(true)
  })

  it('validates its errors as ProblemDetails', async () => {
    const bad = await sim.t.post('leadping', '/events/calls/all/my', {
      filters: [{ field: 'nope', value: 1 }],
    })
    expect(bad.status).toBe(400)
    expectValid(responsePointer('/events/calls/all/my', 'post', 400), bad.body)
    const missing = await sim.t.json('leadping', '/events/calls/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expectValid(responsePointer('/events/calls/{callEventId}', 'get', 404), missing.body)
    const anon = await sim.t.call('leadping', '/leads/x', { headers: { authorization: 'Bearer wrong' } })
    expect(anon.status).toBe(401)
    expectValid(responsePointer('/leads/{id}', 'get', 401), await anon.json())
  })
})

describe('Leadping list request handling follows RequestDataOptions', () => {
  const requestPointer = '/components/schemas/RequestDataOptions'
  const field = fc.constantFrom(
    'createdAt',
    'status',
    'direction',
    'duration',
    'toPhoneNumber',
    'leadName',
    'billableAmount',
  )
  const value = fc.oneof(
    fc.constantFrom('completed', 'inbound', 'outbound', 'no_answer'),
    fc.integer({ min: 0, max: 600 }),
    fc.constant(null),
  )
  const options = fc.record(
    {
      pageSize: fc.integer({ min: 1, max: 300 }),
      orderBy: fc.array(fc.record({ field, direction: fc.constantFrom('asc', 'desc', null) }), {
        maxLength: 2,
      }),
      includeCount: fc.boolean(),
      search: fc.constantFrom('+1', 'Garcia', '555', '%_\\'),
      filters: fc.array(fc.record({ field: fc.constantFrom('status', 'direction'), value }), {
        maxLength: 2,
      }),
      rangeFilters: fc.array(
        fc.record({
          field: fc.constant('duration'),
          greaterThanOrEqual: fc.integer({ min: 0, max: 100 }),
          lessThan: fc.integer({ min: 100, max: 900 }),
        }),
        { maxLength: 1 },
      ),
    },
    { requiredKeys: [] },
  )

  it('accepts every schema-valid body and answers with a schema-valid page', async () => {
    await fc.assert(
      fc.asyncProperty(options, async (body) => {
        expect(validator(requestPointer)(body)).toBe(true)
        const res = await sim.t.post('leadping', '/events/calls/all/my', body)
        expect(res.status).toBe(200)
        expectValid(responsePointer('/events/calls/all/my', 'post', 200), res.body)
      }),
      { numRuns: 40, seed: 7 },
    )
  })

  it('rejects schema-invalid bodies with 400', async () => {
    const invalid = [
      { pageSize: 'ten' },
      { orderBy: [{ field: 'createdAt', direction: 'up' }] },
      { filters: 'status=completed' },
      { includeCount: 'yes' },
    ]
    for (const body of invalid) {
      expect(validator(requestPointer)(body), JSON.stringify(body)).toBe(false)
      const res = await sim.t.post('leadping', '/events/calls/all/my', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
  })
})

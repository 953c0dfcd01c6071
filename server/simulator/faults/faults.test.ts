import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startTestSim, type TestSim } from '../test-support'
import { FaultsEnvError, parseFaultsEnv } from './config'

let t: TestSim
beforeAll(() => {
  t = startTestSim({ scale: 0.1 })
})
afterAll(() => t.close())
afterEach(async () => {
  await admin('DELETE', '/sim-admin/faults')
})

function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return t.sim.handleAdmin(
    new Request(`http://127.0.0.1${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

describe('fault control', () => {
  it('makes one provider fail with 5xx in its own format while the others still answer', async () => {
    expect(
      (await admin('POST', '/sim-admin/faults', { provider: 'telnyx', errorRate: 1, statuses: [503] }))
        .status,
    ).toBe(200)
    const telnyx = await t.json<{ errors: { code: string }[] }>('telnyx', '/v2/call_events')
    expect(telnyx.status).toBe(503)
    expect(telnyx.body.errors[0]?.code).toBe('10007')
    expect((await t.call('skipcall', '/v1/calls')).status).toBe(200)
    await admin('POST', '/sim-admin/faults', { provider: 'skipcall', errorRate: 1, statuses: [502] })
    const gateway = await t.call('skipcall', '/v1/calls')
    expect(gateway.status).toBe(502)
    expect(await gateway.text()).toContain('502 Bad Gateway')
    await admin('DELETE', '/sim-admin/faults?provider=telnyx')
    expect((await t.call('telnyx', '/v2/call_events')).status).toBe(200)
  })

  it('answers 429 with Retry-After, adds latency, and still checks the key first', async () => {
    await admin('POST', '/sim-admin/faults', {
      provider: 'leadping',
      rateLimit: { share: 1, retryAfter: 7 },
      latencyMs: 60,
    })
    const started = performance.now()
    const res = await t.call('leadping', '/events/calls/all/my', { method: 'POST', body: '{}' })
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const anonymous = await t.call('leadping', '/events/calls/all/my', {
      method: 'POST',
      body: '{}',
      headers: { authorization: '' },
    })
    expect(anonymous.status).toBe(401)
  })

  it('sends malformed or truncated JSON on request', async () => {
    await admin('POST', '/sim-admin/faults', { provider: 'callingbox', malformedJson: true })
    const malformed = await (await t.call('callingbox', '/v1/calls')).text()
    expect(() => JSON.parse(malformed) as unknown).toThrow()
    await admin('POST', '/sim-admin/faults', { provider: 'callingbox', truncated: 1 })
    const truncated = await (await t.call('callingbox', '/v1/calls')).text()
    expect(() => JSON.parse(truncated) as unknown).toThrow()
    expect(truncated.startsWith('[{')).toBe(true)
  })

  it('drifts the schema: unknown enum values, missing optional fields, numbers as strings', async () => {
    await admin('POST', '/sim-admin/faults', {
      provider: '*',
      drift: { unknownEnums: 1, missingOptional: 1, numbersAsStrings: 1 },
    })
    const { body } = await t.json<{ data: Record<string, unknown>[]; meta: { page_size: number } }>(
      'telnyx',
      '/v2/recordings?page[size]=3',
    )
    expect(body.data[0]?.status).toBe('zz_unexpected_value')
    expect(body.data[0]).not.toHaveProperty('download_urls')
    expect(body.meta.page_size).toBe(3)
    const skip = await t.json<{ data: Record<string, unknown>[] }>('skipcall', '/v1/calls?size=2')
    expect(skip.body.data[0]?.status).toBe('zz_unexpected_value')
    const cb = await t.json<Record<string, unknown>[]>('callingbox', '/v1/calls')
    const billed = cb.body.find((c) => c.billed_duration_seconds !== null)
    expect(typeof billed?.billed_duration_seconds).toBe('string')
  })

  it('validates admin input and lists active faults', async () => {
    expect((await admin('POST', '/sim-admin/faults', { provider: 'nobody', errorRate: 1 })).status).toBe(400)
    expect((await admin('POST', '/sim-admin/faults', { provider: 'telnyx', errorRate: 2 })).status).toBe(400)
    expect((await admin('POST', '/sim-admin/faults', 'not json')).status).toBe(400)
    await admin('POST', '/sim-admin/faults', [
      { provider: 'telnyx', latencyMs: 5 },
      { provider: 'leadping', errorRate: 0.5 },
    ])
    const listed = (await (await admin('GET', '/sim-admin/faults')).json()) as {
      faults: Record<string, { latencyMs: number }>
    }
    expect(Object.keys(listed.faults).sort()).toEqual(['leadping', 'telnyx'])
    expect(listed.faults.telnyx?.latencyMs).toBe(5)
  })
})

describe('SIM_FAULTS', () => {
  it('parses the compact form and JSON, and rejects nonsense', () => {
    const parsed = parseFaultsEnv(
      'telnyx:latency=300,error=0.2,statuses=500|503;leadping:rate=0.1,retryAfter=2;*:drift=0.05',
    )
    expect(parsed).toHaveLength(3)
    expect(parsed[0]).toMatchObject({
      provider: 'telnyx',
      latencyMs: 300,
      errorRate: 0.2,
      statuses: [500, 503],
    })
    expect(parsed[1]).toMatchObject({ provider: 'leadping', rateLimit: { share: 0.1, retryAfter: 2 } })
    expect(parsed[2]?.drift).toEqual({ unknownEnums: 0.05, missingOptional: 0.05, numbersAsStrings: 0.05 })
    expect(parseFaultsEnv('{"provider":"skipcall","truncated":true}')[0]?.truncated).toBe(1)
    expect(parseFaultsEnv(undefined)).toEqual([])
    expect(() => parseFaultsEnv('telnyx:colour=red')).toThrow(/unknown key 'colour'/)
  })

  // server/config.ts shows these as "SIM_FAULTS: <message>", so they name the problem, not the variable.
  it('says in plain words what is wrong, with a FaultsEnvError for every kind of mistake', () => {
    const problems: [string, RegExp][] = [
      ['mars:error=1', /^provider: .*telnyx/],
      ['telnyx:error=2', /^errorRate: .*<=1/],
      ['telnyx:latency=', /'latency' needs a value/],
      ['telnyx', /expected provider:key=value/],
      ['{"provider": telnyx}', /^is not valid JSON/],
      ['[{"provider":"telnyx"},{"provider":"skipcall","errorRate":3}]', /^fault 2, errorRate: /],
    ]
    for (const [value, message] of problems) {
      let thrown: unknown
      try {
        parseFaultsEnv(value)
      } catch (error) {
        thrown = error
      }
      expect(thrown, value).toBeInstanceOf(FaultsEnvError)
      expect((thrown as Error).message, value).toMatch(message)
    }
  })
})

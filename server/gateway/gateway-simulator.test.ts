import { describe, expect, it } from 'vitest'
import { createApp, type AppDeps } from '../app'
import { loadConfig } from '../config'
import type { Source } from '#domain/call'
import { memoryLogger } from '../http/logger'
import type { SimulatorUpstream } from '../simulator-upstream'

type Seen = { provider?: Source; url: string; method: string; headers: Headers; body: string }

/** A stand-in for server/simulator: records what the gateway hands it and answers as told. */
function fakeSimulator(
  answer: (request: Request) => Promise<Response> = () => Promise.resolve(Response.json({ data: [] })),
) {
  const seen: Seen[] = []
  const record = async (request: Request, provider?: Source) => {
    seen.push({
      provider,
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: await request.text(),
    })
  }
  const simulator: SimulatorUpstream = {
    async handle(provider, request) {
      await record(request.clone(), provider)
      return answer(request)
    },
    demoKey: (provider) => `demo-${provider}`,
    async handleMedia(request) {
      await record(request)
      const range = request.headers.get('range')
      return new Response(range ? 'ab' : 'abcd', {
        status: range ? 206 : 200,
        headers: {
          'content-type': 'audio/mpeg',
          'accept-ranges': 'bytes',
          ...(range ? { 'content-range': 'bytes 0-1/4' } : {}),
          'set-cookie': 'sim=1',
        },
      })
    },
    async handleAdmin(request) {
      await record(request)
      return Response.json({ faults: 'ok' })
    },
    close: () => undefined,
  }
  return { simulator, seen }
}

function appWith(deps: AppDeps, env: Record<string, string> = {}) {
  return createApp(loadConfig(env), { logger: memoryLogger(), ...deps })
}

describe('gateway in simulator mode', () => {
  it('hands the documented path and raw query to the simulator with its demo key and the public origin', async () => {
    const { simulator, seen } = fakeSimulator()
    // A public host behind a proxy must be named, or the Host check (server/security/host-check.ts) answers 421.
    const app = appWith({ simulator }, { ALLOWED_HOSTS: 'calls.example:8443' })
    const response = await app.request('/api/telnyx/v2/call_events?filter[from]=%2B1555&page[number]=2', {
      headers: {
        host: 'calls.example:8443',
        cookie: 'a=1',
        authorization: 'Bearer nope',
        'x-forwarded-proto': 'https',
      },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: [] })
    const [request] = seen
    expect(request?.provider).toBe('telnyx')
    expect(request?.url).toBe('http://simulator.internal/v2/call_events?filter[from]=%2B1555&page[number]=2')
    expect(request?.headers.get('authorization')).toBe('Bearer demo-telnyx')
    expect(request?.headers.get('x-forwarded-host')).toBe('calls.example:8443')
    expect(request?.headers.get('x-forwarded-proto')).toBe('https')
    expect(request?.headers.get('cookie')).toBeNull()
  })

  it('passes POST bodies to the simulator', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator })
    await app.request('/api/leadping/events/calls/all/my', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"pageSize":5}',
    })
    expect(seen[0]).toMatchObject({ provider: 'leadping', method: 'POST', body: '{"pageSize":5}' })
  })

  it('applies the allowlist before the simulator sees anything', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator })
    expect((await app.request('/api/telnyx/v2/calls')).status).toBe(404)
    expect((await app.request('/api/telnyx/v2/recordings/x', { method: 'DELETE' })).status).toBe(405)
    expect(seen).toHaveLength(0)
  })

  it('maps a simulator that throws to 502 and one that hangs to 504', async () => {
    const broken = appWith({ simulator: fakeSimulator(() => Promise.reject(new Error('boom'))).simulator })
    expect((await broken.request('/api/skipcall/v1/calls')).status).toBe(502)
    const hung = appWith(
      { simulator: fakeSimulator(() => new Promise<Response>(() => undefined)).simulator },
      { UPSTREAM_TIMEOUT_MS: '100' },
    )
    const response = await hung.request('/api/skipcall/v1/calls')
    expect(response.status).toBe(504)
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout', provider: 'skipcall' } })
  })

  it('answers 503 naming the provider when there is neither a key nor a simulator', async () => {
    const app = appWith({})
    const response = await app.request('/api/callingbox/v1/calls')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      error: {
        code: 'simulator_unavailable',
        message: 'CallingBox has no API key and the simulator is not available.',
        provider: 'callingbox',
      },
    })
  })

  it('leaves providers with a key on the live path', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator }, { SKIPCALL_API_KEY: 'k', SKIPCALL_BASE_URL: 'http://127.0.0.1:9' })
    await app.request('/api/skipcall/v1/calls')
    expect(seen).toHaveLength(0)
  })
})

describe('/sim-media', () => {
  it('passes Range through and returns 206 with the range headers, never a cookie', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator })
    const response = await app.request('/sim-media/telnyx/rec-1.mp3', {
      headers: { range: 'bytes=0-1', cookie: 'calltrail_session=x' },
    })
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe('bytes 0-1/4')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).toBe('ab')
    expect(seen[0]?.url).toBe('http://localhost/sim-media/telnyx/rec-1.mp3')
    expect(seen[0]?.headers.get('range')).toBe('bytes=0-1')
    expect(seen[0]?.headers.get('cookie')).toBeNull()
  })

  it('allows GET and HEAD only, and 404s without a simulator', async () => {
    const { simulator } = fakeSimulator()
    const post = await appWith({ simulator }).request('/sim-media/a.mp3', { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    expect((await appWith({ simulator }).request('/sim-media/a.mp3', { method: 'HEAD' })).status).toBe(200)
    expect((await appWith({}).request('/sim-media/a.mp3')).status).toBe(404)
  })
})

describe('/sim-admin', () => {
  it('answers loopback clients', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator, clientAddress: () => '127.0.0.1' })
    const response = await app.request('/sim-admin/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"latencyMs":100}',
    })
    expect(response.status).toBe(200)
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{"latencyMs":100}' })
  })

  it.each([
    ['a cross-site text/plain post', { 'content-type': 'text/plain', origin: 'http://evil.example' }],
    ['a cross-site JSON post', { 'content-type': 'application/json', origin: 'http://evil.example' }],
    ['a post labelled cross-site', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }],
    ['a post labelled same-site', { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }],
  ])('refuses %s from a loopback browser with 403', async (_label, headers) => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator, clientAddress: () => '127.0.0.1' })
    const response = await app.request('/sim-admin/faults', {
      method: 'POST',
      headers,
      body: '{"errorRate":1}',
    })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ error: { code: 'cross_site' } })
    expect(seen).toHaveLength(0)
  })

  it('refuses a cross-site DELETE and a cross-site bodiless tick', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator, clientAddress: () => '127.0.0.1' })
    const origin = { origin: 'http://evil.example' }
    expect((await app.request('/sim-admin/faults', { method: 'DELETE', headers: origin })).status).toBe(403)
    expect((await app.request('/sim-admin/live/tick', { method: 'POST', headers: origin })).status).toBe(403)
    expect(seen).toHaveLength(0)
  })

  it.each([
    ['text/plain', 'text/plain'],
    ['form-encoded', 'application/x-www-form-urlencoded'],
    ['untyped', undefined],
  ])('refuses a same-origin %s body with 415', async (_label, type) => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator, clientAddress: () => '127.0.0.1' })
    const headers: Record<string, string> = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }
    if (type) headers['content-type'] = type
    const body = type ? '{"errorRate":1}' : new Blob(['{"errorRate":1}'])
    const response = await app.request('/sim-admin/faults', { method: 'POST', headers, body })
    expect(response.status).toBe(415)
    expect(seen).toHaveLength(0)
  })

  it('accepts same-origin browsers and clients that are not browsers (tests, the bench), bodiless tick included', async () => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator, clientAddress: () => '127.0.0.1' })
    const json = { 'content-type': 'application/json' }
    const sameOrigin = { ...json, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }
    const body = '{"errorRate":1}'
    expect(
      (await app.request('/sim-admin/faults', { method: 'POST', headers: sameOrigin, body })).status,
    ).toBe(200)
    expect((await app.request('/sim-admin/faults', { method: 'POST', headers: json, body })).status).toBe(200)
    expect((await app.request('/sim-admin/live/tick', { method: 'POST' })).status).toBe(200)
    expect((await app.request('/sim-admin/faults', { method: 'DELETE' })).status).toBe(200)
    expect(
      (await app.request('/sim-admin/status', { headers: { origin: 'http://evil.example' } })).status,
    ).toBe(200)
    expect(seen.map((request) => request.method)).toEqual(['POST', 'POST', 'POST', 'DELETE', 'GET'])
  })

  it.each([
    ['a remote address', '192.168.1.20', {}],
    ['an unknown address', undefined, {}],
    ['a loopback peer that is really a proxy', '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }],
    ['a loopback peer that says Forwarded', '::1', { forwarded: 'for=203.0.113.9' }],
  ])('refuses %s', async (_label, address, headers) => {
    const { simulator, seen } = fakeSimulator()
    const app = appWith({ simulator, clientAddress: () => address })
    const response = await app.request('/sim-admin/faults', { headers })
    expect(response.status).toBe(403)
    expect(seen).toHaveLength(0)
  })
})

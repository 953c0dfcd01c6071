import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp, type AppDeps } from '../app'
import { loadConfig } from '../config'
import { apiRoutes } from './api-routes'
import { memoryLogger } from '../http/logger'
import { simulatorRoutes } from './simulator-routes'
import type { SimulatorUpstream } from '../simulator-upstream'
import { startTestUpstream, type TestUpstream } from './test-upstream'

type Reply = { status: number; headers: Record<string, string>; body: string }

let upstream: TestUpstream
let reply: () => Reply

beforeAll(async () => {
  upstream = await startTestUpstream((_request, response) => {
    const { status, headers, body } = reply()
    response.writeHead(status, headers)
    response.end(body)
  })
})
afterAll(() => upstream.close())
beforeEach(() => {
  upstream.requests.length = 0
})

function liveConfig() {
  return loadConfig({ TELNYX_API_KEY: 'KEY_relay_test_0123', TELNYX_BASE_URL: upstream.origin })
}

/** The whole app, as a browser meets it. */
function liveApp() {
  return createApp(liveConfig(), { logger: memoryLogger() })
}

/** The gateway's routes alone, to see the headers it sets before the app-wide security headers run. */
function gatewayAlone() {
  return apiRoutes(liveConfig(), { logger: memoryLogger() })
}

const SCRIPT_TYPES = ['text/html', 'text/javascript', 'application/javascript', 'image/svg+xml', 'text/xml']

describe('what the gateway relays from a provider', () => {
  it.each(SCRIPT_TYPES)('turns a 200 %s body into a 502 JSON error naming the provider', async (type) => {
    reply = () => ({
      status: 200,
      headers: { 'content-type': type },
      body: '<script>alert(document.cookie)</script>',
    })
    const response = await liveApp().request('/api/telnyx/v2/recordings')
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const text = await response.text()
    expect(text).not.toContain('<script>')
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'upstream_not_json',
        message: `Telnyx answered with ${type} instead of JSON; it was not passed on.`,
        provider: 'telnyx',
      },
    })
  })

  it('refuses a body without a content type, and never repeats a malformed one', async () => {
    reply = () => ({ status: 200, headers: {}, body: 'alert(1)' })
    const untyped = await liveApp().request('/api/telnyx/v2/recordings')
    expect(untyped.status).toBe(502)
    expect(await untyped.text()).toContain('Telnyx answered with no content type instead of JSON')
    reply = () => ({ status: 200, headers: { 'content-type': 'text/html<x>' }, body: '<b>' })
    const odd = await liveApp().request('/api/telnyx/v2/recordings')
    expect(await odd.text()).not.toContain('<x>')
  })

  it('keeps an upstream error status and its rate-limit headers when the error body is not JSON', async () => {
    reply = () => ({
      status: 503,
      headers: { 'content-type': 'text/html', 'retry-after': '7', 'x-ratelimit-remaining': '0' },
      body: '<h1>Down</h1><script>alert(1)</script>',
    })
    const response = await liveApp().request('/api/telnyx/v2/recordings')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_not_json', provider: 'telnyx' } })
  })

  it('relays JSON (problem+json included) under our own type, as an attachment in a sandbox', async () => {
    reply = () => ({
      status: 429,
      headers: { 'content-type': 'Application/Problem+JSON; charset=latin1' },
      body: '{"title":"slow"}',
    })
    const response = await gatewayAlone().request('/api/telnyx/v2/recordings')
    expect(response.status).toBe(429)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.json()).toEqual({ title: 'slow' })
  })

  it('passes an empty answer on as it is, without a type', async () => {
    reply = () => ({ status: 500, headers: { 'content-type': 'text/html' }, body: '' })
    const response = await liveApp().request('/api/telnyx/v2/recordings')
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toBeNull()
    expect(await response.text()).toBe('')
  })
})

function mediaSimulator(answer: () => Response): SimulatorUpstream {
  return {
    handle: () => Promise.resolve(Response.json({})),
    demoKey: () => 'demo',
    handleMedia: () => Promise.resolve(answer()),
    handleAdmin: () => Promise.resolve(Response.json({})),
    close: () => undefined,
  }
}

function mediaApp(answer: () => Response, deps: AppDeps = {}) {
  return createApp(loadConfig({}), { logger: memoryLogger(), simulator: mediaSimulator(answer), ...deps })
}

describe('what /sim-media relays', () => {
  it.each(SCRIPT_TYPES)('refuses %s from the media routes', async (type) => {
    const app = mediaApp(
      () => new Response('<script>alert(1)</script>', { headers: { 'content-type': type } }),
    )
    const response = await app.request('/sim-media/telnyx/recordings/x.wav')
    expect(response.status).toBe(502)
    expect(await response.text()).not.toContain('<script>')
  })

  it('keeps the status of a non-media error (an expired link stays a 403) without its body', async () => {
    const xml = '<Error><Code>AccessDenied</Code></Error>'
    const app = mediaApp(
      () => new Response(xml, { status: 403, headers: { 'content-type': 'application/xml' } }),
    )
    const response = await app.request('/sim-media/telnyx/recordings/x.wav')
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ error: { code: 'unexpected_media_type' } })
  })

  it.each(['audio/wav', 'audio/mpeg', 'image/png'])(
    'relays %s with ranges, as an attachment in a sandbox',
    async (type) => {
      const headers = {
        'content-type': `${type}; x=1`,
        'content-range': 'bytes 0-1/4',
        'accept-ranges': 'bytes',
      }
      const routes = simulatorRoutes({
        simulator: mediaSimulator(() => new Response('ab', { status: 206, headers })),
        clientAddress: () => undefined,
        maxBodyBytes: 1024,
      })
      const response = await routes.request('/sim-media/telnyx/recordings/x.wav', {
        headers: { range: 'bytes=0-1' },
      })
      expect(response.status).toBe(206)
      expect(response.headers.get('content-type')).toBe(type)
      expect(response.headers.get('content-range')).toBe('bytes 0-1/4')
      expect(response.headers.get('content-disposition')).toBe('attachment')
      expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
      expect(await response.text()).toBe('ab')
    },
  )
})

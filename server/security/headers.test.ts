import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { T0, testApp } from '../auth/test-app'
import { startTestUpstream, type TestUpstream } from '../gateway/test-upstream'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, securityHeaders } from './headers'

let upstream: TestUpstream

beforeAll(async () => {
  upstream = await startTestUpstream((request, response) => {
    response.writeHead(request.url.includes('fail') ? 500 : 200, {
      'content-type': 'application/json',
      'content-security-policy': 'default-src *',
      'x-frame-options': 'ALLOWALL',
    })
    response.end('{}')
  })
})
afterAll(() => upstream.close())

const RELAYED_POLICY = "sandbox; default-src 'none'"

/** A relayed provider body keeps its sandbox policy beside ours (two policies: both apply). */
function expectSecurityHeaders(response: Response, label: string, relayed = false) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    const expected = relayed && name === 'content-security-policy' ? `${RELAYED_POLICY}, ${value}` : value
    expect(response.headers.get(name), `${label}: ${name}`).toBe(expected)
  }
}

describe('security headers', () => {
  it('has a policy that allows only our own scripts and https media', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("media-src 'self' https:")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    // No inline script or style element, ever; only style attributes, which server-rendered rows carry.
    const unsafe = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => directive.includes('unsafe'))
    expect(unsafe).toEqual(["style-src-attr 'unsafe-inline'"])
  })

  it('are on every kind of response in the open mode', async () => {
    const { app } = testApp(
      { TELNYX_API_KEY: 'k', TELNYX_BASE_URL: upstream.origin, UPSTREAM_TIMEOUT_MS: '100' },
      { clientAddress: () => '127.0.0.1' },
    )
    const cases: [string, string, RequestInit?, boolean?][] = [
      ['SPA index', '/'],
      ['SPA deep link', '/calls/telnyx/abc'],
      ['hashed asset', '/assets/index-abc123.js'],
      ['missing asset', '/assets/nope.js'],
      ['health check', '/healthz'],
      ['relayed upstream answer', '/api/telnyx/v2/call_events', undefined, true],
      ['relayed upstream error', '/api/telnyx/v2/recordings/fail', undefined, true],
      ['simulator answer', '/api/skipcall/v1/calls', undefined, true],
      ['gateway 404', '/api/telnyx/v2/nope'],
      ['gateway 405', '/api/telnyx/v2/recordings', { method: 'DELETE' }],
      [
        'gateway 413',
        '/api/leadping/events/leads/L1',
        { method: 'POST', body: 'x'.repeat(70_000), headers: { 'content-type': 'application/json' } },
      ],
      ['media', '/sim-media/a.mp3', undefined, true],
      ['admin', '/sim-admin/faults'],
      ['unknown API route', '/nothing-here', { method: 'POST' }],
      ['session probe', '/auth/session'],
    ]
    for (const [label, path, init, relayed] of cases) {
      expectSecurityHeaders(await app.request(path, init), label, relayed)
    }
  })

  it('are on sign-in pages, redirects, 401s and 429s in password mode', async () => {
    const { app } = testApp({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: 'correct horse battery' })
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    expectSecurityHeaders(await app.request('/calls', { headers: { accept: 'text/html' } }), 'redirect')
    expectSecurityHeaders(await app.request('/api/telnyx/v2/call_events'), '401')
    expectSecurityHeaders(await app.request('/auth/sign-in'), 'sign-in page')
    expectSecurityHeaders(await app.request('/auth/sign-in.css'), 'sign-in css')
    let last = new Response()
    for (let i = 0; i < 11; i++) {
      last = await app.request('/auth/sign-in', { method: 'POST', headers: form, body: 'password=nope' })
    }
    expect(last.status).toBe(429)
    expectSecurityHeaders(last, '429')
  })

  it('are on the 500 answer of an unexpected error', async () => {
    const { app, logger } = testApp(
      { HOST: '0.0.0.0', DASHBOARD_PASSWORD: 'correct horse battery' },
      {
        clientAddress: () => {
          throw new Error('socket gone')
        },
        now: () => T0,
      },
    )
    const response = await app.request('/auth/sign-in', { method: 'POST' })
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on the server.' },
    })
    expectSecurityHeaders(response, '500')
    expect(logger.lines).toEqual(['error: POST /auth/sign-in: Error: socket gone'])
  })

  it('are added even to a response whose headers are immutable', async () => {
    const app = new Hono()
    app.use('*', securityHeaders())
    app.get('/', () => Response.redirect('http://127.0.0.1/calls', 302))
    const response = await app.request('/')
    expect(response.headers.get('location')).toBe('http://127.0.0.1/calls')
    expectSecurityHeaders(response, 'immutable')
  })
})

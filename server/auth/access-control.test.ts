import { describe, expect, it } from 'vitest'
import { memoryLogger } from '../http/logger'
import { telnyxWebhookRoutes } from '../webhooks/telnyx-webhook-route'
import { hangupWebhook, signDelivery, testKeys } from '../webhooks/test-keys'
import { SESSION_TTL_SECONDS } from './session'
import { T0, testApp } from './test-app'

const PASSWORD = 'correct horse battery staple'
const BOUND = { HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD }
const html = { accept: 'text/html,application/xhtml+xml' }

type App = ReturnType<typeof testApp>['app']

function signIn(app: App, password: string, next = '/calls', headers: Record<string, string> = {}) {
  return app.request('/auth/sign-in', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams({ password, next }).toString(),
  })
}

function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? ''
  return header.split(';')[0] ?? ''
}

describe('open on loopback', () => {
  it('lets everything through without signing in', async () => {
    const { app, simulator } = testApp({ HOST: '127.0.0.1' })
    expect((await app.request('/api/telnyx/v2/call_events')).status).toBe(200)
    expect(simulator.calls).toBe(1)
    expect((await app.request('/calls', { headers: html })).status).toBe(200)
    expect(await (await app.request('/auth/session')).json()).toEqual({ authenticated: true, mode: 'open' })
    expect((await app.request('/auth/sign-in')).status).toBe(404)
  })
})

describe('password mode', () => {
  it('sends page loads to the sign-in page, remembering a safe next path', async () => {
    const { app } = testApp(BOUND)
    const response = await app.request('/calls?status=failed', { headers: html })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/auth/sign-in?next=%2Fcalls%3Fstatus%3Dfailed')
  })

  it('answers 401 JSON to API, media and session requests, and never calls upstream', async () => {
    const { app, simulator } = testApp(BOUND)
    for (const path of [
      '/api/telnyx/v2/call_events',
      '/sim-media/a.mp3',
      '/auth/session',
      '/assets/index-abc123.js',
    ]) {
      const response = await app.request(path, {
        headers: { accept: path.startsWith('/assets') ? '*/*' : html.accept },
      })
      expect(response.status, path).toBe(401)
      expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } })
    }
    expect(simulator.calls).toBe(0)
  })

  it('keeps /healthz, the sign-in page and its stylesheet open', async () => {
    const { app } = testApp(BOUND)
    expect((await app.request('/healthz')).status).toBe(200)
    expect((await app.request('/auth/sign-in.css')).headers.get('content-type')).toContain('text/css')
    const page = await app.request('/auth/sign-in?next=%2Fleads%2FL1')
    const body = await page.text()
    expect(page.status).toBe(200)
    expect(body).toContain('<label for="password">Password</label>')
    expect(body).toContain('<button type="submit">Sign in</button>')
    expect(body).toContain('name="next" value="/leads/L1"')
    expect(body).not.toMatch(/<script|style=/i)
  })

  it('refuses a wrong password with an error on the page and no cookie', async () => {
    const { app, logger } = testApp(BOUND)
    const response = await signIn(app, 'wrong password!')
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).toContain('role="alert">That password is not right. Try again.</p>')
    expect(logger.lines.join('\n')).not.toContain('wrong password!')
  })

  it('signs in with the right password: a strict HttpOnly session cookie, then a redirect to next', async () => {
    const { app, simulator } = testApp(BOUND)
    const response = await signIn(app, PASSWORD, '/calls/telnyx/abc?tab=timeline')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/calls/telnyx/abc?tab=timeline')
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(
      /^calltrail_session=[\w.-]+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/,
    )
    const cookie = sessionCookie(response)
    expect((await app.request('/api/telnyx/v2/call_events', { headers: { cookie } })).status).toBe(200)
    expect(simulator.calls).toBe(1)
    expect(await (await app.request('/auth/session', { headers: { cookie } })).json()).toEqual({
      authenticated: true,
      mode: 'password',
    })
    const again = await app.request('/auth/sign-in?next=%2Fevents', { headers: { cookie } })
    expect(again.headers.get('location')).toBe('/events')
  })

  it('marks the cookie Secure when the request came over https', async () => {
    const { app } = testApp(BOUND)
    const response = await signIn(app, PASSWORD, '/calls', { 'x-forwarded-proto': 'https' })
    expect(response.headers.get('set-cookie')).toContain('; Secure')
  })

  it.each([
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '/auth/sign-out',
    'javascript:alert(1)',
  ])('never redirects off-site after signing in (next=%s)', async (next) => {
    const { app } = testApp(BOUND)
    const response = await signIn(app, PASSWORD, next)
    expect(response.headers.get('location')).toBe('/calls')
  })

  it('rejects a tampered cookie and an expired one', async () => {
    const { app, clock } = testApp(BOUND)
    const cookie = sessionCookie(await signIn(app, PASSWORD))
    const tampered = cookie.replace(/=(\d+)\./, (_m, exp: string) => `=${Number(exp) + 3600}.`)
    expect((await app.request('/api/skipcall/v1/calls', { headers: { cookie: tampered } })).status).toBe(401)
    clock.now = T0 + SESSION_TTL_SECONDS * 1000
    expect((await app.request('/api/skipcall/v1/calls', { headers: { cookie } })).status).toBe(401)
    expect((await app.request('/calls', { headers: { cookie, ...html } })).status).toBe(302)
  })

  it('signs out: clears the cookie, returns to the sign-in page, and the old cookie stops working', async () => {
    const { app } = testApp(BOUND)
    const cookie = sessionCookie(await signIn(app, PASSWORD))
    const response = await app.request('/auth/sign-out', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/auth/sign-in')
    expect(response.headers.get('set-cookie')).toMatch(
      /^calltrail_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict/,
    )
    expect((await app.request('/api/skipcall/v1/calls', { headers: { cookie } })).status).toBe(401)
  })

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a sandboxed frame elsewhere', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site sibling', { 'sec-fetch-site': 'same-site', origin: 'http://other.localhost' }],
  ])('refuses a sign-in posted from %s', async (_label, headers) => {
    const { app } = testApp(BOUND)
    const response = await signIn(app, PASSWORD, '/calls', headers)
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('refuses a cross-site sign-out', async () => {
    const { app } = testApp(BOUND)
    const cookie = sessionCookie(await signIn(app, PASSWORD))
    const response = await app.request('/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    })
    expect(response.status).toBe(403)
    expect((await app.request('/api/skipcall/v1/calls', { headers: { cookie } })).status).toBe(200)
  })

  it('slows down guessing: after 10 failures an address waits, other addresses do not', async () => {
    let address = '198.51.100.1'
    const { app, clock } = testApp(BOUND, { clientAddress: () => address })
    for (let i = 0; i < 10; i++) {
      expect((await signIn(app, `guess ${i} guess`)).headers.get('set-cookie')).toBeNull()
    }
    const blocked = await signIn(app, PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('900')
    expect(blocked.headers.get('set-cookie')).toBeNull()
    address = '198.51.100.2'
    expect((await signIn(app, PASSWORD)).status).toBe(303)
    address = '198.51.100.1'
    clock.now = T0 + 15 * 60_000
    expect((await signIn(app, PASSWORD)).status).toBe(303)
  })
})

describe('trust-header mode', () => {
  const TRUST = { HOST: '0.0.0.0', TRUST_AUTH_HEADER: 'X-Forwarded-Email' }

  it('refuses requests without the header, page loads included', async () => {
    const { app, simulator } = testApp(TRUST)
    expect((await app.request('/api/telnyx/v2/call_events')).status).toBe(401)
    expect((await app.request('/calls', { headers: html })).status).toBe(401)
    expect((await app.request('/calls', { headers: { ...html, 'x-forwarded-email': '   ' } })).status).toBe(
      401,
    )
    expect(simulator.calls).toBe(0)
  })

  it('lets requests with the header through and reports the user', async () => {
    const { app } = testApp(TRUST)
    const headers = { 'x-forwarded-email': 'ana@example.com' }
    expect((await app.request('/api/telnyx/v2/call_events', { headers })).status).toBe(200)
    expect((await app.request('/calls', { headers: { ...headers, ...html } })).status).toBe(200)
    expect(await (await app.request('/auth/session', { headers })).json()).toEqual({
      authenticated: true,
      mode: 'trust-header',
      user: 'ana@example.com',
    })
    expect((await app.request('/auth/sign-in', { headers })).status).toBe(404)
  })
})

describe('Telnyx webhooks', () => {
  /** A password-mode app with the receiver mounted; its signature is the only authentication. */
  function withReceiver() {
    const keys = testKeys()
    const t = testApp({ ...BOUND, TELNYX_PUBLIC_KEY: keys.publicKeyBase64 })
    const received: string[] = []
    const sink = (webhook: { data: { id: string } }) => {
      received.push(webhook.data.id)
      return Promise.resolve({ duplicate: false })
    }
    t.app.route(
      '/',
      telnyxWebhookRoutes({
        publicKey: keys.publicKey,
        sink,
        logger: memoryLogger(),
        now: () => T0,
        maxBodyBytes: 4096,
      }),
    )
    return { ...t, keys, received }
  }

  it('lets a signed POST /webhooks/telnyx through to the receiver without a session, headers still set', async () => {
    const { app, keys } = withReceiver()
    const body = JSON.stringify(hangupWebhook())
    const headers = signDelivery(keys.privateKey, body, T0 / 1000)
    const response = await app.request('/webhooks/telnyx', { method: 'POST', body, headers })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ received: true })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    // Unsigned, it reaches the receiver too, which refuses it on its own terms.
    const unsigned = await app.request('/webhooks/telnyx', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(await unsigned.json()).toMatchObject({ error: { code: 'webhook_unsigned' } })
  })

  it('exempts only that method on that path', async () => {
    const { app, keys, simulator } = withReceiver()
    const body = JSON.stringify(hangupWebhook())
    const headers = signDelivery(keys.privateKey, body, T0 / 1000)
    for (const [method, path] of [
      ['GET', '/webhooks/telnyx'],
      ['POST', '/webhooks/telnyx/'],
      ['POST', '/webhooks/telnyx/x'],
      ['POST', '/webhooks/leadping'],
      ['POST', '/api/telnyx/v2/call_events'],
    ] as const) {
      const response = await app.request(path, { method, headers, ...(method === 'POST' ? { body } : {}) })
      expect(response.status, `${method} ${path}`).toBe(401)
      expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } })
    }
    expect(simulator.calls).toBe(0)
  })
})

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { SOURCES, type Source } from '#domain/call'
import { allowedEndpoints } from './allowlist'
import { memoryLogger } from '../http/logger'
import { startTestUpstream, type TestUpstream } from './test-upstream'

const KEYS: Record<Source, string> = {
  telnyx: 'KEY_telnyx_0123456789abcdef',
  leadping: 'sk_leadping_0123456789abcdef',
  skipcall: 'sk_live_skipcall_0123456789',
  callingbox: 'sk_live_callingbox_0123456',
}
const ID = '3c90c3cc-0d44-4b50-8888-8dd25736052a'

let upstream: TestUpstream
let reply: (url: string) => { status: number; headers: Record<string, string | string[]>; body: string }

beforeAll(async () => {
  upstream = await startTestUpstream((request, response) => {
    const { status, headers, body } = reply(request.url)
    response.writeHead(status, headers)
    response.end(body)
  })
})
afterAll(() => upstream.close())
beforeEach(() => {
  upstream.requests.length = 0
  reply = () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"data":[]}' })
})

function liveApp() {
  const logger = memoryLogger()
  const env: Record<string, string> = {}
  for (const id of SOURCES) {
    env[`${id.toUpperCase()}_API_KEY`] = KEYS[id]
    env[`${id.toUpperCase()}_BASE_URL`] = `${upstream.origin}/${id}-base`
  }
  return { app: createApp(loadConfig(env), { logger }), logger }
}

const endpoints = SOURCES.flatMap((provider) =>
  allowedEndpoints(provider).map((entry) => {
    const [method = '', template = ''] = entry.split(' ')
    return { provider, method, path: template.replace(/\{\w+\}/g, ID) }
  }),
)

describe('gateway in live mode', () => {
  it.each(endpoints)('forwards $provider $method $path to the base URL with the key', async (endpoint) => {
    const { app } = liveApp()
    const init: RequestInit =
      endpoint.method === 'POST'
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"pageSize":50}' }
        : { method: 'GET' }
    const response = await app.request(`/api/${endpoint.provider}${endpoint.path}`, init)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: [] })
    expect(upstream.requests).toHaveLength(1)
    const [seen] = upstream.requests
    expect(seen?.method).toBe(endpoint.method)
    expect(seen?.url).toBe(`/${endpoint.provider}-base${endpoint.path}`)
    expect(seen?.headers.authorization).toBe(`Bearer ${KEYS[endpoint.provider]}`)
    if (endpoint.method === 'POST') expect(seen?.body).toBe('{"pageSize":50}')
  })

  it('passes the query string through byte for byte', async () => {
    const { app } = liveApp()
    const query =
      'filter[occurred_at][gte]=2026-11-20T00:00:00.000Z&filter[from]=%2B15551234567&filter[to]=+1555&page[size]=250&filter%5Bname%5D=call.hangup'
    await app.request(`/api/telnyx/v2/call_events?${query}`)
    expect(upstream.requests[0]?.url).toBe(`/telnyx-base/v2/call_events?${query}`)
  })

  it('never forwards the browser cookies, authorization or forwarding headers', async () => {
    const { app } = liveApp()
    await app.request('/api/skipcall/v1/calls', {
      headers: {
        cookie: 'calltrail_session=abc; other=1',
        authorization: 'Bearer browser-token',
        'x-forwarded-for': '10.0.0.1',
        'x-forwarded-host': 'evil.example',
        'x-api-key': 'browser',
        origin: 'http://127.0.0.1:8080',
        referer: 'http://127.0.0.1:8080/calls',
        accept: 'application/json',
        'accept-language': 'fr',
        'if-none-match': '"v1"',
      },
    })
    const headers = upstream.requests[0]?.headers ?? {}
    expect(headers.cookie).toBeUndefined()
    expect(headers.authorization).toBe(`Bearer ${KEYS.skipcall}`)
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-api-key', 'origin', 'referer']) {
      expect(headers[name], name).toBeUndefined()
    }
    expect(headers.accept).toBe('application/json')
    expect(headers['accept-language']).toBe('fr')
    expect(headers['if-none-match']).toBe('"v1"')
  })

  it('drops set-cookie and hop-by-hop headers, keeps rate-limit and caching headers', async () => {
    reply = () => ({
      status: 200,
      headers: {
        'content-type': 'application/json',
        'set-cookie': ['upstream=1; Path=/', 'other=2'],
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '99',
        'x-ratelimit-reset': '1790000000',
        etag: '"abc"',
        'retry-after': '3',
        'keep-alive': 'timeout=5',
        'x-internal-host': 'db-7',
        'access-control-allow-origin': '*',
      },
      body: '{}',
    })
    const { app } = liveApp()
    const response = await app.request('/api/skipcall/v1/calls')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('keep-alive')).toBeNull()
    expect(response.headers.get('x-internal-host')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99')
    expect(response.headers.get('x-ratelimit-reset')).toBe('1790000000')
    expect(response.headers.get('etag')).toBe('"abc"')
    expect(response.headers.get('retry-after')).toBe('3')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('masks the key when an upstream echoes it, in the body and in headers, and never logs it', async () => {
    reply = (url) => ({
      status: 401,
      headers: { 'content-type': 'application/json', 'x-ratelimit-debug': `key=${KEYS.callingbox}` },
      body: JSON.stringify({ error: `bad key ${KEYS.callingbox} for ${url}`, again: KEYS.callingbox }),
    })
    const { app, logger } = liveApp()
    const response = await app.request('/api/callingbox/v1/calls')
    const text = await response.text()
    expect(response.status).toBe(401)
    expect(text).not.toContain(KEYS.callingbox)
    expect(JSON.parse(text)).toEqual({
      error: 'bad key [redacted] for /callingbox-base/v1/calls',
      again: '[redacted]',
    })
    response.headers.forEach((value) => expect(value).not.toContain(KEYS.callingbox))
    expect(logger.lines).toEqual([expect.stringMatching(/^GET callingbox \/v1\/calls 401 \d+ms$/)])
    for (const line of logger.lines) for (const key of Object.values(KEYS)) expect(line).not.toContain(key)
  })

  it('masks the key echoed lower- or upper-cased, base64-encoded in a Bearer or Basic token, or URL-encoded', async () => {
    const key = KEYS.skipcall
    const echoes = [
      key.toLowerCase(),
      key.toUpperCase(),
      Buffer.from(`Bearer ${key}`).toString('base64'),
      Buffer.from(`user:${key}`).toString('base64'),
      encodeURIComponent(key),
      [...Buffer.from(key)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join(''),
    ]
    reply = () => ({
      status: 401,
      headers: { 'content-type': 'application/json', 'x-request-id': Buffer.from(key).toString('base64') },
      body: JSON.stringify({ message: 'Unauthorized', echoes }),
    })
    const { app } = liveApp()
    const response = await app.request('/api/skipcall/v1/calls')
    expect(response.status).toBe(401)
    expect(response.headers.get('x-request-id')).toBeNull()
    const body = (await response.json()) as { echoes: string[] }
    for (const [i, echo] of body.echoes.entries()) {
      expect(echo, echoes[i]).toContain('[redacted]')
      expect(echo).not.toContain(echoes[i])
    }
  })

  it.each([
    {
      provider: 'telnyx',
      path: '/v2/call_events?filter[occurred_at][gte]=2026-11-20T00:00:00Z&filter[occurred_at][lt]=2026-11-21',
      status: 422,
      type: 'application/json',
      body: '{"errors":[{"code":"10015","title":"Bad Request","detail":"Only one filter[occurred_at]","source":{"parameter":"filter[occurred_at]"}}]}',
    },
    {
      provider: 'leadping',
      path: '/events/abc',
      status: 429,
      type: 'application/problem+json',
      body: '{"status":429,"title":"Too many requests.","detail":"The API rate limit for this account has been exceeded."}',
    },
    {
      provider: 'skipcall',
      path: '/v1/calls/abc',
      status: 403,
      type: 'application/json',
      body: '{"code":"SUBSCRIPTION_REQUIRED","details":null}',
    },
    {
      provider: 'callingbox',
      path: '/v1/calls/a1b2/transcript',
      status: 404,
      type: 'application/json',
      body: '{"error": "call a1b2 not found"}',
    },
  ])('passes $provider $status JSON errors through unchanged, under our JSON type', async (example) => {
    const { provider, path, status, type, body } = example
    reply = () => ({ status, headers: { 'content-type': type, 'retry-after': '7' }, body })
    const { app } = liveApp()
    const response = await app.request(`/api/${provider}${path}`)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('retry-after')).toBe('7')
    expect(await response.text()).toBe(body)
  })

  it('does not follow upstream redirects, which could carry the key elsewhere', async () => {
    reply = () => ({ status: 302, headers: { location: 'http://elsewhere.invalid/steal' }, body: '' })
    const { app } = liveApp()
    const response = await app.request('/api/telnyx/v2/recordings')
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBeNull()
    expect(upstream.requests).toHaveLength(1)
  })

  it('passes 304 Not Modified through without a body', async () => {
    reply = () => ({ status: 304, headers: { etag: '"v1"' }, body: '' })
    const { app } = liveApp()
    const response = await app.request('/api/skipcall/v1/calls', { headers: { 'if-none-match': '"v1"' } })
    expect(response.status).toBe(304)
    expect(response.headers.get('etag')).toBe('"v1"')
    expect(await response.text()).toBe('')
  })
})

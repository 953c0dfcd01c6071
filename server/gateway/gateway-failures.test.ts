import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { memoryLogger } from '../http/logger'
import { closedPort, startTestUpstream, type TestUpstream } from './test-upstream'

const KEY = 'sk_leadping_secret_value_123'
let upstream: TestUpstream | undefined

afterEach(async () => {
  await upstream?.close()
  upstream = undefined
})

function appFor(baseUrl: string, extra: Record<string, string> = {}) {
  const logger = memoryLogger()
  const config = loadConfig({
    LEADPING_API_KEY: KEY,
    LEADPING_BASE_URL: baseUrl,
    MAX_BODY_BYTES: '1024',
    ...extra,
  })
  return { app: createApp(config, { logger }), logger }
}

const json = { 'content-type': 'application/json' }

describe('gateway request bodies', () => {
  it('refuses a body over MAX_BODY_BYTES with 413 and sends nothing upstream', async () => {
    upstream = await startTestUpstream()
    const { app } = appFor(upstream.origin)
    const body = JSON.stringify({ search: 'x'.repeat(2000) })
    const response = await app.request('/api/leadping/events/calls/all/my', {
      method: 'POST',
      headers: json,
      body,
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      error: {
        code: 'payload_too_large',
        message: 'The request body is larger than 1024 bytes.',
        provider: 'leadping',
      },
    })
    expect(upstream.requests).toHaveLength(0)
  })

  it('counts a streamed body without Content-Length against the limit too', async () => {
    upstream = await startTestUpstream()
    const { app } = appFor(upstream.origin)
    const chunk = new TextEncoder().encode(' '.repeat(600))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk)
        controller.enqueue(chunk)
        controller.close()
      },
    })
    const response = await app.request('/api/leadping/events/calls/all/my', {
      method: 'POST',
      headers: json,
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(upstream.requests).toHaveLength(0)
  })

  it.each([
    ['text/plain', '{}', 415],
    ['application/x-www-form-urlencoded', 'a=1', 415],
    ['application/json', '{"pageSize":', 400],
  ])('refuses %s body %j with %i', async (type, body, status) => {
    upstream = await startTestUpstream()
    const { app } = appFor(upstream.origin)
    const response = await app.request('/api/leadping/events/leads/L1', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    })
    expect(response.status).toBe(status)
    expect(upstream.requests).toHaveLength(0)
  })

  it('accepts application/json with a charset', async () => {
    upstream = await startTestUpstream()
    const { app } = appFor(upstream.origin)
    const response = await app.request('/api/leadping/events/leads/L1', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"pageSize":10}',
    })
    expect(response.status).toBe(200)
    expect(upstream.requests[0]?.headers['content-type']).toBe('application/json; charset=utf-8')
  })
})

describe('gateway upstream failures', () => {
  it('answers 504 naming the provider when the upstream does not answer in time, and hangs up on it', async () => {
    upstream = await startTestUpstream(() => undefined)
    const { app, logger } = appFor(upstream.origin, { UPSTREAM_TIMEOUT_MS: '150' })
    const started = Date.now()
    const response = await app.request('/api/leadping/leads/L1')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(response.status).toBe(504)
    expect(await response.json()).toEqual({
      error: { code: 'upstream_timeout', message: 'Leadping did not answer in time.', provider: 'leadping' },
    })
    await expect.poll(() => upstream?.abandoned.length).toBe(1)
    expect(logger.lines).toEqual([expect.stringMatching(/^GET leadping \/leads\/L1 504 \d+ms$/)])
  })

  it('answers 502 naming the provider when the upstream refuses the connection', async () => {
    const { app, logger } = appFor(`http://127.0.0.1:${await closedPort()}`)
    const response = await app.request('/api/leadping/events/E1')
    expect(response.status).toBe(502)
    expect(await response.json()).toEqual({
      error: {
        code: 'upstream_unreachable',
        message: 'Leadping could not be reached.',
        provider: 'leadping',
      },
    })
    expect(logger.lines.join('\n')).not.toMatch(/15551234567|secret|sk_leadping/)
  })

  it('abandons the upstream call when the browser goes away', async () => {
    upstream = await startTestUpstream(() => undefined)
    const { app } = appFor(upstream.origin, { UPSTREAM_TIMEOUT_MS: '10000' })
    const browser = new AbortController()
    const pending = app.request('/api/leadping/leads/L1', { signal: browser.signal })
    await expect.poll(() => upstream?.requests.length).toBe(1)
    browser.abort()
    const response = await pending
    expect(response.status).toBe(502)
    await expect.poll(() => upstream?.abandoned.length).toBe(1)
  })
})

describe('gateway log lines', () => {
  it('logs method, provider, path without query, status and time; rejected paths are not echoed', async () => {
    upstream = await startTestUpstream()
    const { app, logger } = appFor(upstream.origin)
    await app.request('/api/leadping/leads/L1')
    // Refused for its query (Leadping's GETs take none): the log names the path only.
    await app.request('/api/leadping/leads/L2?phone=%2B15551234567')
    await app.request('/api/leadping/leads/x%2B1555/status-history')
    await app.request('/api/leadping//leads')
    await app.request('/api/nope/x')
    expect(logger.lines).toEqual([
      expect.stringMatching(/^GET leadping \/leads\/L1 200 \d+ms$/),
      expect.stringMatching(/^GET leadping \/leads\/L2 400 \d+ms$/),
      expect.stringMatching(/^GET leadping \(rejected\) 404 \d+ms$/),
      expect.stringMatching(/^GET - \(rejected\) 404 \d+ms$/),
      expect.stringMatching(/^GET - \(rejected\) 404 \d+ms$/),
    ])
  })
})

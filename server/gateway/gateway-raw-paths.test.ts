import { serve, type ServerType } from '@hono/node-server'
import { mkdtempSync } from 'node:fs'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { HOSTILE_TARGETS } from './hostile-targets'
import { memoryLogger } from '../http/logger'
import { startTestUpstream, type TestUpstream } from './test-upstream'

/**
 * The same hostile targets as path-guard.test.ts, but written byte for byte onto a real socket of the
 * real server, because fetch and app.request() would normalise them before the gateway ever saw them.
 */
let upstream: TestUpstream
let server: ServerType
let port: number

beforeAll(async () => {
  upstream = await startTestUpstream((request, response) => {
    // A hung provider, to see what happens when the browser gives up first.
    if (request.url.includes('hang')) return
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end('{}')
  })
  const config = loadConfig({
    TELNYX_API_KEY: 'telnyx-key',
    TELNYX_BASE_URL: upstream.origin,
    LEADPING_API_KEY: 'leadping-key',
    LEADPING_BASE_URL: upstream.origin,
    STATIC_DIR: mkdtempSync(join(tmpdir(), 'calltrail-static-')),
  })
  const app = createApp(config, { logger: memoryLogger() })
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve())
  })
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await upstream.close()
})

/** Sends one request line exactly as given and returns the status code of the answer. */
function rawRequest(target: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let head = ''
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(head)
      if (match) {
        resolve(Number(match[1]))
        socket.destroy()
      }
    })
    socket.on('error', reject)
    socket.write(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`,
      'latin1',
    )
  })
}

describe('gateway on a real socket', () => {
  it('forwards a well-formed request (so the rejections below are meaningful)', async () => {
    const before = upstream.requests.length
    expect(await rawRequest('/api/telnyx/v2/call_events?filter[from]=%2B1555')).toBe(200)
    expect(upstream.requests.length).toBe(before + 1)
    expect(upstream.requests.at(-1)?.url).toBe('/v2/call_events?filter[from]=%2B1555')
  })

  it.each(HOSTILE_TARGETS)('refuses %s and sends nothing upstream', async (target) => {
    const before = upstream.requests.length
    const status = await rawRequest(target)
    expect([400, 404]).toContain(status)
    expect(upstream.requests.length).toBe(before)
  })

  it('refuses traversal that would normalise into an allowed endpoint of another provider', async () => {
    const before = upstream.requests.length
    expect(await rawRequest('/api/telnyx/v2/../../leadping/leads/L1')).toBe(404)
    expect(await rawRequest('/x/../api/leadping/leads/L1')).toBe(404)
    expect(await rawRequest('/api/leadping/leads/L1/%2e%2e/L2')).toBe(404)
    expect(upstream.requests.length).toBe(before)
  })

  it('answers 405 with Allow for a known path with the wrong method, sending nothing', async () => {
    const before = upstream.requests.length
    expect(await rawRequest('/api/telnyx/v2/recordings/abc', 'DELETE')).toBe(405)
    expect(upstream.requests.length).toBe(before)
  })

  it('forwards a JSON POST body through the Node server, and refuses an oversized one', async () => {
    const url = `http://127.0.0.1:${port}/api/leadping/events/calls/all/my`
    const headers = { 'content-type': 'application/json' }
    const ok = await fetch(url, { method: 'POST', headers, body: '{"pageSize":25}' })
    expect(ok.status).toBe(200)
    expect(upstream.requests.at(-1)).toMatchObject({ method: 'POST', body: '{"pageSize":25}' })
    const before = upstream.requests.length
    const big = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ s: 'x'.repeat(70_000) }) })
    expect(big.status).toBe(413)
    expect(upstream.requests.length).toBe(before)
  })

  it('abandons the upstream call when the browser disconnects', async () => {
    const socket = connect(port, '127.0.0.1')
    socket.write(`GET /api/telnyx/v2/recordings/hang HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)
    await expect.poll(() => upstream.requests.some((r) => r.url.includes('hang'))).toBe(true)
    socket.destroy()
    await expect.poll(() => upstream.abandoned.some((r) => r.url.includes('hang'))).toBe(true)
  })
})

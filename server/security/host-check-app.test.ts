import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { testApp } from '../auth/test-app'

type Answer = { status: number; body: string }

const CALL_LOG = '/api/leadping/events/calls/all/my'

let server: ServerType | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** The whole app on a real socket, so the Host header is exactly what a browser sends. */
async function listen(env: Record<string, string>): Promise<number> {
  const { app } = testApp(env, { clientAddress: () => '127.0.0.1' })
  return new Promise((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve(info.port),
    )
  })
}

/** GET, or for the call log the POST the dashboard sends (Leadping's call list is a POST with filters). */
function get(port: number, path: string, headers: Record<string, string>): Promise<Answer> {
  const post = path === CALL_LOG
  return new Promise((resolve, reject) => {
    const options = {
      host: '127.0.0.1',
      port,
      path,
      method: post ? 'POST' : 'GET',
      headers: post ? { 'content-type': 'application/json', ...headers } : headers,
    }
    const req = httpRequest(options, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end(post ? '{}' : undefined)
  })
}

describe('DNS rebinding', () => {
  it('in open mode refuses a page whose name resolved to 127.0.0.1, for the API and the SPA alike', async () => {
    const port = await listen({})
    for (const path of [CALL_LOG, '/']) {
      const answer = await get(port, path, { host: `evil.example:${port}` })
      expect(answer.status, path).toBe(421)
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'host_not_allowed' } })
      expect(answer.body).not.toContain('evil')
    }
    // X-Forwarded-Host is the attacker's to set too, so it is no way around the check.
    const forwarded = await get(port, CALL_LOG, {
      host: `evil.example:${port}`,
      'x-forwarded-host': 'localhost',
    })
    expect(forwarded.status).toBe(421)
  })

  it('in open mode answers loopback names with the port', async () => {
    const port = await listen({})
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await get(port, CALL_LOG, { host })).status, host).toBe(200)
      expect((await get(port, '/', { host })).status, host).toBe(200)
    }
  })

  it('answers ALLOWED_HOSTS in open mode too', async () => {
    const port = await listen({ ALLOWED_HOSTS: 'calls.internal' })
    expect((await get(port, CALL_LOG, { host: `calls.internal:${port}` })).status).toBe(200)
    expect((await get(port, CALL_LOG, { host: `evil.example:${port}` })).status).toBe(421)
  })

  it('behind a password, checks Host only when ALLOWED_HOSTS is set', async () => {
    const password = { DASHBOARD_PASSWORD: 'correct horse battery' }
    const unlisted = await listen(password)
    // Not 421: access control answers (the request has no session).
    expect((await get(unlisted, CALL_LOG, { host: 'calls.example.com' })).status).toBe(401)
    await new Promise<void>((resolve) => server?.close(() => resolve()))
    server = undefined

    const listed = await listen({ ...password, ALLOWED_HOSTS: 'calls.example.com' })
    expect((await get(listed, CALL_LOG, { host: 'calls.example.com' })).status).toBe(401)
    expect((await get(listed, CALL_LOG, { host: 'evil.example' })).status).toBe(421)
    expect((await get(listed, '/healthz', { host: '10.0.0.7:8080' })).status).toBe(200)
  })
})

import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { AllowedHostsError, hostCheck, parseAllowedHosts, parseHostAuthority } from './host-check'

function guarded(options: Parameters<typeof hostCheck>[0]) {
  const app = new Hono()
  app.use('*', hostCheck(options))
  app.get('*', (c) => c.text('data'))
  return (host: string | undefined, path = '/api/x', extra: Record<string, string> = {}) =>
    app.request(`http://127.0.0.1${path}`, { headers: { ...(host === undefined ? {} : { host }), ...extra } })
}

describe('parseHostAuthority', () => {
  it('splits names, IPv4 and bracketed IPv6 from their port, in lower case', () => {
    expect(parseHostAuthority('Calls.Example.com')).toEqual({ name: 'calls.example.com' })
    expect(parseHostAuthority('calls.internal:8080')).toEqual({ name: 'calls.internal', port: 8080 })
    expect(parseHostAuthority('127.0.0.1:5173')).toEqual({ name: '127.0.0.1', port: 5173 })
    expect(parseHostAuthority('[::1]:8080')).toEqual({ name: '[::1]', port: 8080 })
    expect(parseHostAuthority('calltrail_web')).toEqual({ name: 'calltrail_web' })
  })

  it('refuses what is not a host: schemes, paths, wildcards, bad ports, bare IPv6', () => {
    for (const value of [
      '',
      'https://calls.example.com',
      'calls.example.com/x',
      '*.example.com',
      'calls.example.com:',
      'calls.example.com:0',
      'calls.example.com:70000',
      '::1',
      'a..b',
      '-a.example',
    ]) {
      expect(parseHostAuthority(value), value).toBeUndefined()
    }
  })
})

describe('parseAllowedHosts', () => {
  it('reads comma-separated entries, each with an optional port', () => {
    expect(parseAllowedHosts(' calls.example.com, calls.internal:8080 ,')).toEqual([
      { name: 'calls.example.com' },
      { name: 'calls.internal', port: 8080 },
    ])
    expect(parseAllowedHosts('')).toEqual([])
  })

  it('names the entry that is not a host', () => {
    expect(() => parseAllowedHosts('calls.example.com,https://x.example')).toThrow(AllowedHostsError)
    expect(() => parseAllowedHosts('calls.example.com,https://x.example')).toThrow(
      /'https:\/\/x\.example' is not a host name/,
    )
  })
})

describe('hostCheck', () => {
  it('answers loopback names on any port', async () => {
    const request = guarded({ allowedHosts: [] })
    for (const host of [
      '127.0.0.1:8080',
      '127.0.0.1',
      'localhost:5173',
      'LOCALHOST',
      '[::1]:8080',
      '127.0.0.2',
    ]) {
      expect((await request(host)).status, host).toBe(200)
    }
  })

  it('refuses a rebinding name with 421 and no data, without echoing the name', async () => {
    const request = guarded({ allowedHosts: [] })
    for (const host of [
      'evil.example:8080',
      'evil.example',
      'localhost.evil.example',
      '127.0.0.1.evil.example',
    ]) {
      const response = await request(host)
      expect(response.status, host).toBe(421)
      const text = await response.text()
      expect(text).not.toContain('data')
      expect(text).not.toContain('evil')
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'host_not_allowed' } })
    }
  })

  it('refuses a malformed Host header', async () => {
    const request = guarded({ allowedHosts: [] })
    expect((await request('localhost:99999')).status).toBe(421)
  })

  it('counts only the Host header, never X-Forwarded-Host', async () => {
    const request = guarded({ allowedHosts: [] })
    expect((await request('evil.example', '/api/x', { 'x-forwarded-host': '127.0.0.1' })).status).toBe(421)
  })

  it('answers ALLOWED_HOSTS entries: without a port on any port, with a port on that port only', async () => {
    const request = guarded({ allowedHosts: parseAllowedHosts('calls.example.com,calls.internal:8080') })
    expect((await request('calls.example.com')).status).toBe(200)
    expect((await request('Calls.Example.com:443')).status).toBe(200)
    expect((await request('calls.internal:8080')).status).toBe(200)
    expect((await request('calls.internal:9090')).status).toBe(421)
    expect((await request('calls.internal')).status).toBe(421)
    expect((await request('other.example')).status).toBe(421)
  })

  it('answers the address it is bound to, unless that is a wildcard', async () => {
    expect((await guarded({ allowedHosts: [], bindHost: '192.168.1.10' })('192.168.1.10:8080')).status).toBe(
      200,
    )
    expect((await guarded({ allowedHosts: [], bindHost: 'fd00::5' })('[fd00::5]:8080')).status).toBe(200)
    expect((await guarded({ allowedHosts: [], bindHost: '0.0.0.0' })('0.0.0.0:8080')).status).toBe(421)
  })

  it('leaves /healthz open: load balancers probe it by IP and it carries no data', async () => {
    expect((await guarded({ allowedHosts: [] })('10.1.2.3:8080', '/healthz')).status).toBe(200)
  })
})

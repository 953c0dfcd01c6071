import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('defaults to loopback:8080 with every provider in simulator mode', () => {
    const config = loadConfig({})
    expect(config.host).toBe('127.0.0.1')
    expect(config.port).toBe(8080)
    expect(Object.values(config.providers).map((p) => p.mode)).toEqual([
      'simulator',
      'simulator',
      'simulator',
      'simulator',
    ])
  })

  it('switches a provider to live mode when its key is set', () => {
    const config = loadConfig({ TELNYX_API_KEY: 'KEY123' })
    expect(config.providers.telnyx.mode).toBe('live')
    expect(config.providers.telnyx.apiKey).toBe('KEY123')
    expect(config.providers.leadping.mode).toBe('simulator')
  })

  it('names the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadConfig({ TELNYX_BASE_URL: 'ftp://x' })).toThrow(/TELNYX_BASE_URL/)
  })

  it('keeps the index on SQLite unless DATABASE_URL names a PostgreSQL server', () => {
    expect(loadConfig({}).index).toEqual({ databaseUrl: undefined, leaseSeconds: 20 })
    const url = 'postgresql://calltrail:secret@db.internal:5432/calltrail?sslmode=require'
    expect(loadConfig({ DATABASE_URL: url, SYNC_LEASE_SECONDS: '8' }).index).toEqual({
      databaseUrl: url,
      leaseSeconds: 8,
    })
    expect(() => loadConfig({ DATABASE_URL: 'sqlite:///tmp/x.db' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    )
    expect(() => loadConfig({ SYNC_LEASE_SECONDS: '1' })).toThrow(/SYNC_LEASE_SECONDS/)
  })

  it('leaves the dashboard open on loopback', () => {
    for (const HOST of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
      expect(loadConfig({ HOST }).auth.mode).toBe('open')
    }
  })

  it('refuses to start on a non-loopback address without access control, saying why', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.10', 'calls.example.com']) {
      expect(() => loadConfig({ HOST })).toThrow(ConfigError)
      expect(() => loadConfig({ HOST })).toThrow(/DASHBOARD_PASSWORD[\s\S]*TRUST_AUTH_HEADER/)
    }
  })

  it('chooses password or trust-header mode from the variables', () => {
    const password = loadConfig({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: 'correct horse battery' })
    expect(password.auth).toMatchObject({ mode: 'password', password: 'correct horse battery' })
    const trusted = loadConfig({ HOST: '0.0.0.0', TRUST_AUTH_HEADER: 'X-Forwarded-Email' })
    expect(trusted.auth).toMatchObject({ mode: 'trust-header', trustHeader: 'x-forwarded-email' })
    expect(loadConfig({ DASHBOARD_PASSWORD: 'correct horse battery' }).auth.mode).toBe('password')
  })

  it('names the variable when an access-control value is unsafe', () => {
    expect(() => loadConfig({ DASHBOARD_PASSWORD: 'short' })).toThrow(/DASHBOARD_PASSWORD: .*12 characters/)
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET: .*32 characters/)
    expect(() => loadConfig({ TRUST_AUTH_HEADER: 'Cookie' })).toThrow(/TRUST_AUTH_HEADER/)
    expect(() => loadConfig({ TRUST_AUTH_HEADER: 'X User' })).toThrow(/TRUST_AUTH_HEADER/)
    expect(() =>
      loadConfig({ DASHBOARD_PASSWORD: 'correct horse battery', TRUST_AUTH_HEADER: 'X-Forwarded-Email' }),
    ).toThrow(/DASHBOARD_PASSWORD and TRUST_AUTH_HEADER/)
  })

  it('treats empty secrets as unset', () => {
    expect(loadConfig({ DASHBOARD_PASSWORD: '', TELNYX_API_KEY: '  ' })).toMatchObject({
      auth: { mode: 'open' },
      providers: { telnyx: { mode: 'simulator' } },
    })
  })

  it('reads TELNYX_PUBLIC_KEY when it is the base64 of a 32-byte Ed25519 key, and names it otherwise', () => {
    const der = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' })
    const key = der.subarray(-32).toString('base64')
    expect(loadConfig({}).telnyxPublicKey).toBeUndefined()
    expect(loadConfig({ TELNYX_PUBLIC_KEY: ` ${key} ` }).telnyxPublicKey).toBe(key)
    for (const bad of [
      'not base64!',
      Buffer.alloc(31).toString('base64'),
      Buffer.alloc(33).toString('base64'),
    ]) {
      expect(() => loadConfig({ TELNYX_PUBLIC_KEY: bad })).toThrow(/TELNYX_PUBLIC_KEY: must be the base64/)
    }
    // The message says what is wrong but never repeats the value.
    expect(() => loadConfig({ TELNYX_PUBLIC_KEY: 'c2VjcmV0' })).toThrow(/is 32 bytes, this is 6/)
    expect(() => loadConfig({ TELNYX_PUBLIC_KEY: 'c2VjcmV0' })).not.toThrow(/c2VjcmV0/)
  })

  it('reads ALLOWED_HOSTS as host names with optional ports, and names it when an entry is not one', () => {
    expect(loadConfig({}).allowedHosts).toEqual([])
    expect(loadConfig({ ALLOWED_HOSTS: 'calls.example.com, calls.internal:8080' }).allowedHosts).toEqual([
      { name: 'calls.example.com' },
      { name: 'calls.internal', port: 8080 },
    ])
    for (const bad of ['https://calls.example.com', '*.example.com', 'calls.example.com:99999']) {
      expect(() => loadConfig({ ALLOWED_HOSTS: bad })).toThrow(ConfigError)
      expect(() => loadConfig({ ALLOWED_HOSTS: bad })).toThrow(
        /^Invalid environment configuration:\n {2}ALLOWED_HOSTS: '.*' is not a host name/,
      )
    }
  })

  it('checks SIM_FAULTS at start-up, with the same message format as every other variable', () => {
    expect(loadConfig({ SIM_FAULTS: 'telnyx:latency=300' }).simulator.faults).toBe('telnyx:latency=300')
    const cases: [string, RegExp][] = [
      ['{not json', /SIM_FAULTS: is not valid JSON/],
      ['telnyx:colour=red', /SIM_FAULTS: unknown key 'colour'/],
      ['mars:error=1', /SIM_FAULTS: provider: /],
      ['telnyx:error=2', /SIM_FAULTS: errorRate: /],
    ]
    for (const [value, message] of cases) {
      expect(() => loadConfig({ SIM_FAULTS: value })).toThrow(ConfigError)
      expect(() => loadConfig({ SIM_FAULTS: value })).toThrow(
        /^Invalid environment configuration:\n {2}SIM_FAULTS: /,
      )
      expect(() => loadConfig({ SIM_FAULTS: value })).toThrow(message)
    }
  })
})

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
})

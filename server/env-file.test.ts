import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError } from './config'
import { applyEnvFile } from './env-file'

function envFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'calltrail-env-')), '.env')
  writeFileSync(path, text)
  return path
}

describe('applyEnvFile', () => {
  it('fills in unset variables; those already set win', () => {
    const env: Record<string, string | undefined> = { PORT: '9000', EMPTY: '' }
    const text = [
      '# a comment',
      '',
      'PORT=8081',
      'EMPTY=from file',
      'export HOST=127.0.0.1',
      'DASHBOARD_PASSWORD="correct horse # battery"',
      "SIM_FAULTS='telnyx:latency=300'",
      'TELNYX_PUBLIC_KEY="line one',
      'line two"',
      'UPSTREAM_TIMEOUT_MS=5000 # milliseconds',
    ].join('\n')
    expect(applyEnvFile(envFile(text), env)).toBe(true)
    expect(env).toEqual({
      PORT: '9000',
      EMPTY: '',
      HOST: '127.0.0.1',
      DASHBOARD_PASSWORD: 'correct horse # battery',
      SIM_FAULTS: 'telnyx:latency=300',
      TELNYX_PUBLIC_KEY: 'line one\nline two',
      UPSTREAM_TIMEOUT_MS: '5000',
    })
  })

  it('does nothing without a file', () => {
    const env = {}
    expect(applyEnvFile(join(tmpdir(), 'calltrail-no-such-dir', '.env'), env)).toBe(false)
    expect(env).toEqual({})
  })

  it('stops with a configuration message naming the line, never a value', () => {
    const cases: [string, string][] = [
      ['PORT=8080\nsecret-value-here\n', '.env: line 2 is not NAME=value'],
      ['A B=1\n', '.env: line 1 is not NAME=value'],
      [
        'DASHBOARD_PASSWORD="secret-value-here\nPORT=1\n',
        '.env: the quoted value that starts on line 1 never closes',
      ],
    ]
    for (const [text, message] of cases) {
      let thrown: unknown
      try {
        applyEnvFile(envFile(text), {})
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(ConfigError)
      expect((thrown as Error).message).toBe(`Invalid environment configuration:\n  ${message}`)
    }
  })

  it('says when .env exists but cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calltrail-env-'))
    mkdirSync(join(dir, '.env'))
    expect(() => applyEnvFile(join(dir, '.env'), {})).toThrow(
      /^Invalid environment configuration:\n {2}\.env: cannot be read \(EISDIR\)$/,
    )
  })
})

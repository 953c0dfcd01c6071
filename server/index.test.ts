import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

type Run = { code: number | null; stdout: string; stderr: string }

/** Starts the real entry point and stops it once `until` matches its output (or it exits by itself). */
function start(env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'calltrail-data-')), ...env },
    })
    const run: Run = { code: null, stdout: '', stderr: '' }
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString()
      if (until?.test(run.stdout)) child.kill('SIGTERM')
    })
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()))
    child.on('exit', (code) => resolve({ ...run, code }))
  })
}

describe('server entry point', () => {
  it('refuses to start on 0.0.0.0 without access control, and says why', async () => {
    const run = await start({ HOST: '0.0.0.0', PORT: '0' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Refusing to start: HOST=0.0.0.0')
    expect(run.stderr).toContain('DASHBOARD_PASSWORD')
    expect(run.stdout).not.toContain('listening')
  })

  it('names a bad variable and exits 1', async () => {
    const run = await start({ UPSTREAM_TIMEOUT_MS: 'soon' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('UPSTREAM_TIMEOUT_MS')
  })

  it('logs each provider mode and the access mode at start, never a key', async () => {
    const run = await start(
      {
        HOST: '127.0.0.1',
        PORT: '0',
        TELNYX_API_KEY: 'KEY_do_not_log_me',
        DASHBOARD_PASSWORD: 'do not log me either',
      },
      /listening on/,
    )
    expect(run.stdout).toContain('telnyx: live (https://api.telnyx.com)')
    expect(run.stdout).toMatch(/leadping: simulator/)
    expect(run.stdout).toContain('access: password sign-in')
    expect(run.stdout + run.stderr).not.toMatch(/do_not_log_me|do not log me/)
  })
})

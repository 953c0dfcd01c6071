import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

type Run = { code: number | null; stdout: string; stderr: string }

// Absolute, so the server can also start in another working directory (where it looks for .env).
const ENTRY = resolve('server/index.ts')
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
/** A stack trace's frame lines: a configuration mistake must never print one. */
const STACK_FRAME = /^\s+at /m

/** Starts the real entry point and stops it once `until` matches its output (or it exits by itself). */
function start(env: Record<string, string>, until?: RegExp, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX, ENTRY], {
      cwd,
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

/** A working directory holding `.env` with `text`. */
function dirWithEnvFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'calltrail-cwd-'))
  writeFileSync(join(dir, '.env'), text)
  return dir
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

  it('stops on a bad SIM_FAULTS with the configuration message, not a stack trace', async () => {
    const run = await start({ PORT: '0', SIM_FAULTS: '{"provider": telnyx}' })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^Invalid environment configuration:\n {2}SIM_FAULTS: is not valid JSON/)
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(run.stdout).not.toContain('listening')
  })

  it('stops with a plain message when PostgreSQL cannot be reached, never printing the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const run = await start({
      PORT: '0',
      DATABASE_URL: 'postgres://calltrail:pw_do_not_log@127.0.0.1:1/calls',
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^call index: could not open PostgreSQL at 127\.0\.0\.1:1\/calls: /m)
    expect(run.stderr).not.toMatch(STACK_FRAME)
    expect(run.stdout + run.stderr).not.toContain('pw_do_not_log')
  })

  it('names DATABASE_URL when it is not a PostgreSQL URL, without echoing it', async () => {
    const run = await start({ DATABASE_URL: 'mysql://root:pw_do_not_log@db/calls' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('DATABASE_URL: must be a postgres:// or postgresql:// connection URL')
    expect(run.stdout + run.stderr).not.toContain('pw_do_not_log')
  })

  it('reads .env from the working directory; the environment wins, and no value is logged', async () => {
    const cwd = dirWithEnvFile(
      '# settings for this machine\nUPSTREAM_TIMEOUT_MS=soon\nexport SIM_FAULTS="telnyx:latency=0"\n' +
        'DASHBOARD_PASSWORD=dotenv secret do not log\n',
    )
    // UPSTREAM_TIMEOUT_MS from .env is invalid, so starting at all proves the environment's value won.
    const run = await start(
      { PORT: '0', HOST: '127.0.0.1', SIM_SCALE: '0.01', UPSTREAM_TIMEOUT_MS: '5000' },
      /listening on/,
      cwd,
    )
    expect(run.stdout).toContain('settings: read .env')
    // The password came from .env.
    expect(run.stdout).toContain('access: password sign-in')
    expect(run.stdout + run.stderr).not.toContain('dotenv secret')
  })

  it('names .env when it cannot be read as NAME=value lines, without a stack trace', async () => {
    const cwd = dirWithEnvFile('SIM_SCALE=0.01\nthis line is not a setting\n')
    const run = await start({ PORT: '0' }, /listening on/, cwd)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Invalid environment configuration:\n  .env: line 2 is not NAME=value')
    expect(run.stderr).not.toMatch(STACK_FRAME)
  })
})

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

/**
 * `npm start` runs scripts/start.mjs, which runs the server through scripts/forward-signals.mjs. These
 * tests put a small stand-in where the server would be, so no build is needed.
 */
const FORWARD_SIGNALS = resolve('scripts/forward-signals.mjs')

/** Says its pid and its parent's (the wrapper's) so a failed test can still clean up. */
const READY = "console.log('child: ready', process.pid, process.ppid); setInterval(() => {}, 1000);"
const STOPS_WITH_7 = `process.on('SIGTERM', () => { console.log('child: SIGTERM'); setTimeout(() => process.exit(7), 50) }); ${READY}`
const DIES_BY_SIGNAL = READY

function wrapperScript(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'calltrail-start-')), 'wrapper.mjs')
  writeFileSync(
    path,
    `import { runForwardingSignals } from ${JSON.stringify(FORWARD_SIGNALS)}\n` +
      `runForwardingSignals(process.execPath, ['-e', process.env.CHILD_CODE], {}, { parentCheckMs: 50 })\n`,
  )
  return path
}

type Run = {
  process: ChildProcess
  output: () => string
  closed: Promise<void>
  exited: Promise<number | null>
}

const leftovers: number[] = []
afterEach(() => {
  // Only if a test failed: the wrapper and the stand-in must not outlive the run.
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone, as it should be.
    }
  }
})

function run(command: string, args: string[], childCode: string): Run {
  const child = spawn(command, args, { env: { PATH: process.env.PATH ?? '', CHILD_CODE: childCode } })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    const pids = /child: ready (\d+) (\d+)/.exec(output)
    if (pids && leftovers.length === 0) leftovers.push(Number(pids[1]), Number(pids[2]))
  })
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // stdout closes only when every process holding it (shell, wrapper, stand-in) has gone.
  const closed = new Promise<void>((done) => child.stdout.on('close', () => done()))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return { process: child, output: () => output, closed, exited }
}

async function until(check: () => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('npm start signal handling', () => {
  it('forwards SIGTERM to the server and exits with its code', async () => {
    const wrapper = run(process.execPath, [wrapperScript()], STOPS_WITH_7)
    await until(() => wrapper.output().includes('child: ready'), 5_000, 'the stand-in should start')
    wrapper.process.kill('SIGTERM')
    expect(await wrapper.exited).toBe(7)
    expect(wrapper.output()).toContain('child: SIGTERM')
  })

  it('exits 128 + n when a signal ended the server, not 0', async () => {
    const wrapper = run(process.execPath, [wrapperScript()], DIES_BY_SIGNAL)
    await until(() => wrapper.output().includes('child: ready'), 5_000, 'the stand-in should start')
    wrapper.process.kill('SIGTERM')
    expect(await wrapper.exited).toBe(128 + 15)
  })

  it('stops the server when the shell npm runs it through dies of npm’s SIGTERM', async () => {
    // `; exit $?` keeps the shell from exec-ing node, as dash (Debian's sh) never does for npm.
    const shell = run('sh', ['-c', `"${process.execPath}" "${wrapperScript()}"; exit $?`], STOPS_WITH_7)
    await until(() => shell.output().includes('child: ready'), 5_000, 'the stand-in should start')
    shell.process.kill('SIGTERM')
    await until(() => shell.output().includes('child: SIGTERM'), 3_000, 'the server should get SIGTERM')
    let closed = false
    void shell.closed.then(() => (closed = true))
    await until(() => closed, 3_000, 'the wrapper and the server should exit')
  })
})

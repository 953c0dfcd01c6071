import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

type Started = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }

let started: Started | undefined
afterEach(() => {
  // Only if a test failed half-way: the server must not outlive the run.
  if (started && started.child.exitCode === null) started.child.kill('SIGKILL')
  started = undefined
})

/** Starts the real entry point on a free port and resolves once it listens. */
function startServer(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      SIM_SCALE: '0.01',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'calltrail-stop-')),
    },
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]
      if (port && !started) {
        started = { child, port: Number(port), output: () => output, exited }
        resolve(started)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)))
  })
}

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
): { request: ClientRequest; response: Promise<IncomingMessage> } {
  const request = httpRequest({ host: '127.0.0.1', port, method, path, headers })
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve)
    request.on('error', reject)
  })
  return { request, response }
}

function readAll(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = ''
    response.on('data', (chunk: Buffer) => (body += chunk.toString()))
    response.on('close', () => resolve(body))
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Fails fast with `what` instead of waiting for the test's timeout. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

describe('stopping the server', () => {
  it('on SIGTERM ends the live streams, finishes the request in flight, closes up and exits 0', async () => {
    const { child, port, output, exited } = await startServer()

    // A browser tab's live stream: open until the server ends it.
    const stream = send(port, 'GET', '/api/calls/stream', { accept: 'text/event-stream' })
    stream.request.end()
    const streamResponse = await stream.response
    expect(streamResponse.headers['content-type']).toContain('text/event-stream')
    const streamClosed = readAll(streamResponse)

    // A slow request: its body is only half sent when the signal arrives.
    const body = JSON.stringify({ provider: 'telnyx', latencyMs: 1 })
    const slow = send(port, 'POST', '/sim-admin/faults', {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    })
    slow.request.write(body.slice(0, 10))
    await sleep(200)

    const signalledAt = Date.now()
    child.kill('SIGTERM')
    await within(streamClosed, 3_000, 'the server should end the live stream')
    await sleep(300)
    expect(child.exitCode, 'the server must wait for the request in flight').toBeNull()

    slow.request.end(body.slice(10))
    const slowResponse = await slow.response
    expect(slowResponse.statusCode).toBe(200)
    await readAll(slowResponse)

    expect(await within(exited, 5_000, 'the server should exit')).toBe(0)
    expect(Date.now() - signalledAt).toBeLessThan(5_000)
    expect(output()).toContain('SIGTERM: stopping')
    expect(output()).toContain('stopped')
    expect(await portIsFree(port)).toBe(true)
  }, 60_000)

  it('on a second signal exits at once, without waiting for requests in flight', async () => {
    const { child, port, exited } = await startServer()
    const slow = send(port, 'POST', '/sim-admin/faults', {
      'content-type': 'application/json',
      'content-length': '100',
    })
    // The forced exit cuts this request; that is the point.
    slow.response.catch(() => undefined)
    slow.request.write('{')
    await sleep(200)
    child.kill('SIGTERM')
    // The same signal again moments later is the terminal's echo (see server/index.ts): nothing changes.
    await sleep(100)
    child.kill('SIGTERM')
    // Well past the echo window, even on a busy machine.
    await sleep(1_500)
    expect(child.exitCode).toBeNull()
    child.kill('SIGTERM')
    expect(await within(exited, 3_000, 'the second signal should end the server')).toBe(128 + 15)
  }, 60_000)
})

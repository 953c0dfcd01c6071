import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DIST_DIR, E2E_NOW } from '../../playwright.config'

/**
 * A production server of the test's own, on a free port with its own data dir. Used where a test needs
 * what the shared web server must not have: a non-loopback bind, or simulator faults (faults are global
 * to a server process, so injecting them on the shared server would break tests running in parallel).
 */
export type OwnServer = {
  url: string
  /** Injects simulator faults (POST /sim-admin/faults), e.g. `{ provider: 'telnyx', errorRate: 1, statuses: [503] }`. */
  setFaults(faults: Record<string, unknown> | Record<string, unknown>[]): Promise<void>
  clearFaults(): Promise<void>
  stop(): void
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'calltrail-e2e-'))
  const child: ChildProcess = spawn(process.execPath, [`${DIST_DIR}/server/index.js`], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      SIM_SEED: '42',
      SIM_NOW: E2E_NOW,
      SIM_RESET: '1',
      SIM_LIVE: '0',
      STATIC_DIR: `${DIST_DIR}/client`,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
  const admin = async (method: 'POST' | 'DELETE', body?: unknown) => {
    const response = await fetch(`${url}/sim-admin/faults`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`sim-admin answered ${response.status}: ${await response.text()}`)
  }
  // The server listens once its call index has had its first sync (up to 10 s), so allow for a busy machine.
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    const ready = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) {
      return { url, stop, setFaults: (faults) => admin('POST', faults), clearFaults: () => admin('DELETE') }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  stop()
  throw new Error('the server did not become ready')
}

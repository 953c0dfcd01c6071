// Starts the built server on the simulator for one scale, in that scale's own data directory, and
// stops it again. A data directory seeded with the same seed, scale and clock is reused as it is.
import { spawn, type ChildProcess } from 'node:child_process'
import { DIST_DIR, SIM_NOW, SIM_SEED, dataDir } from './config'

const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

const SEEDED_LINE =
  /simulator: seeded (\d+) Telnyx events, (\d+) Leadping calls, (\d+) Skipcall calls, (\d+) CallingBox calls in (\d+) ms/

async function waitForHealth(baseURL: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(`${baseURL}/healthz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs / 1000} s`)
}

/** What the simulator's /sim-admin/status says (the parts the benchmark reads). */
export type SimStatus = {
  counts?: Record<string, number>
  examples?: Partial<Record<'telnyxThreeLegSessionInLast24h' | 'showcaseLeadId', string>>
}

export type Seeded = {
  telnyxEvents: number
  leadpingCalls: number
  skipcallCalls: number
  callingboxCalls: number
  seedMs: number
}

export type RunningServer = Awaited<ReturnType<typeof startServer>>

/** The base URL, the seeding figures when this start seeded, the start-up time, the pid, and stop(). */
export async function startServer({
  scale,
  port,
  log = () => {},
  onSpawn,
  healthTimeoutMs = 15 * 60_000,
  env: extraEnv = {},
}: {
  scale: number
  port: number
  log?: (line: string) => void
  onSpawn?: (pid: number) => void
  healthTimeoutMs?: number
  env?: Record<string, string>
}) {
  const baseURL = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir(scale),
    SIM_SEED: String(SIM_SEED),
    SIM_SCALE: String(scale),
    SIM_NOW,
    SIM_LIVE: '0',
    STATIC_DIR: `${DIST_DIR}/client`,
    ...extraEnv,
  }
  for (const key of ['TELNYX_API_KEY', 'LEADPING_API_KEY', 'SKIPCALL_API_KEY', 'CALLINGBOX_API_KEY']) {
    delete env[key]
  }
  const started = performance.now()
  const child = spawn(process.execPath, [`${DIST_DIR}/server/index.js`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  if (child.pid !== undefined) onSpawn?.(child.pid)
  let seeded: Seeded | null = null
  const onLine = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) {
      if (!line.trim()) continue
      const m = SEEDED_LINE.exec(line)
      if (m) {
        seeded = {
          telnyxEvents: Number(m[1]),
          leadpingCalls: Number(m[2]),
          skipcallCalls: Number(m[3]),
          callingboxCalls: Number(m[4]),
          seedMs: Number(m[5]),
        }
      }
      log(`[server ${scale}] ${line}`)
    }
  }
  child.stdout.on('data', onLine)
  child.stderr.on('data', onLine)
  try {
    await waitForHealth(baseURL, child, healthTimeoutMs)
  } catch (error) {
    child.kill('SIGKILL')
    running.delete(child)
    throw error
  }
  const startupMs = Math.round(performance.now() - started)
  const status = (await (await fetch(`${baseURL}/sim-admin/status`)).json()) as SimStatus
  return {
    baseURL,
    scale,
    pid: child.pid,
    // Set by onLine, which TypeScript cannot see run.
    seeded: seeded as Seeded | null,
    startupMs,
    status,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
      running.delete(child)
    },
  }
}

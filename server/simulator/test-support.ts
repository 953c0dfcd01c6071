import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { Source } from '#domain/call'
import { manualClock } from './clock'
import { findExamples } from './examples'
import { createSimulator, type Simulator, type SimulatorOptions } from './index'

/** The fixed instant tests seed around (the e2e suite uses the same one). */
export const TEST_NOW = '2026-11-20T15:00:00.000Z'

export type TestSim = {
  sim: Simulator
  clock: ReturnType<typeof manualClock>
  dataDir: string
  /** Calls `provider` with its demo key and browser-like forwarded headers. */
  call(provider: Source, path: string, init?: RequestInit): Promise<Response>
  json<T = unknown>(
    provider: Source,
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; headers: Headers }>
  post<T = unknown>(
    provider: Source,
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: T; headers: Headers }>
  /** The demo examples `GET /sim-admin/status` reports (showcase, hostile and special records). */
  examples(): Record<string, string>
  close(): void
}

/** A simulator on a fresh temporary data directory with a hand-moved clock (no live mode, no logging). */
export function startTestSim(overrides: Partial<SimulatorOptions> = {}): TestSim {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'calltrail-sim-'))
  const clock = manualClock(overrides.now ?? TEST_NOW)
  const sim = createSimulator({
    dataDir,
    seed: 42,
    now: TEST_NOW,
    scale: 0.5,
    live: false,
    reset: false,
    leadpingRevision: '2026-07',
    clock,
    logger: { info: () => undefined, warn: () => undefined },
    ...overrides,
  })
  const call = (provider: Source, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${sim.demoKey(provider)}`)
    headers.set('x-forwarded-host', 'calltrail.test:8080')
    headers.set('x-forwarded-proto', 'http')
    return sim.handle(provider, new Request(`http://simulator.internal${path}`, { ...init, headers }))
  }
  const json = async <T>(provider: Source, path: string, init?: RequestInit) => {
    const response = await call(provider, path, init)
    return { status: response.status, body: (await response.json()) as T, headers: response.headers }
  }
  return {
    sim,
    clock,
    dataDir,
    call,
    json,
    post: (provider, path, body) =>
      json(provider, path, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      }),
    examples: () => findExamples(sim.context) as Record<string, string>,
    close() {
      sim.close()
      if (!overrides.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** One simulator for a whole test file: started before its tests, closed after them. */
export type FileSim = { t: TestSim; examples: Record<string, string> }

export function simForFile(overrides: Partial<SimulatorOptions> = {}): FileSim {
  const file = {} as FileSim
  beforeAll(() => {
    file.t = startTestSim(overrides)
    file.examples = file.t.examples()
  })
  afterAll(() => file.t.close())
  return file
}

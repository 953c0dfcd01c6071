import type { Source } from '#domain/call'
import { SOURCES } from '#domain/call'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { startTestSim, TEST_NOW, type TestSim } from '../simulator/test-support'
import type { SimulatorOptions } from '../simulator/index'
import { createCallIndex, type CallIndex } from './service'
import { openTestDatabase } from './test-store'

export type TestIndex = {
  t: TestSim
  index: CallIndex
  app: ReturnType<typeof createApp>
  /** Runs one source's sync until it is up to date (or fails); returns the failures seen. */
  syncUntilDone(source: Source, maxRuns?: number): Promise<string[]>
  syncAll(): Promise<void>
  get<T>(path: string): Promise<{ status: number; body: T }>
  close(): Promise<void>
}

const quiet = { info: () => undefined, warn: () => undefined }

/**
 * A simulator (fixed clock) and a fresh index over it (SQLite in memory, or a database of its own on
 * PostgreSQL under CALLTRAIL_TEST_STORE=postgres), with the app that serves both.
 */
export async function startTestIndex(
  overrides: Partial<SimulatorOptions> = {},
  pageSize?: number,
): Promise<TestIndex> {
  const t = startTestSim(overrides)
  const config = loadConfig({ DATA_DIR: t.dataDir, SIM_NOW: TEST_NOW })
  const now = () => new Date(t.clock.dataUs() / 1000)
  const database = await openTestDatabase(undefined, { memory: true })
  const index = await createCallIndex({
    config,
    simulator: t.sim,
    logger: quiet,
    db: database.db,
    closeDb: () => database.close(),
    now,
    pageSize,
  })
  const app = createApp(config, { simulator: t.sim, logger: quiet, index, now: () => now().getTime() })
  async function syncUntilDone(this: TestIndex, source: Source, maxRuns = 500) {
    const failures: string[] = []
    for (let i = 0; i < maxRuns; i += 1) {
      // `this.index`: a test may swap in a restarted index.
      const outcome = await this.index.scheduler.runOnce(source)
      if (!outcome.ok) failures.push(outcome.error.message)
      else if (!outcome.more) return failures
    }
    throw new Error(`${source} sync did not finish in ${maxRuns} runs`)
  }
  const x: TestIndex = {
    t,
    index,
    app,
    syncUntilDone,
    async syncAll() {
      for (const source of SOURCES) {
        const failures = await x.syncUntilDone(source)
        if (failures.length > 0) throw new Error(failures.join('; '))
      }
    },
    async get<T>(path: string) {
      const response = await x.app.request(path, { headers: { host: '127.0.0.1:8080' } })
      return { status: response.status, body: (await response.json()) as T }
    },
    async close() {
      await x.index.close()
      t.close()
    },
  }
  return x
}

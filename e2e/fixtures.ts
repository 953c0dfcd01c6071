import { test as base, expect } from '@playwright/test'
import { CallDetailPage } from './pages/call-detail-page'
import { CallsPage } from './pages/calls-page'
import { EventsPage } from './pages/events-page'
import { LeadPage } from './pages/lead-page'
import { startOwnServer, type OwnServer } from './support/own-server'

type PageFixtures = {
  consoleErrors: string[]
  callsPage: CallsPage
  callPage: CallDetailPage
  leadPage: LeadPage
  eventsPage: EventsPage
  /** Extra environment for the own server: `test.use({ ownServerEnv: { SIM_LIVE: '1' } })`. */
  ownServerEnv: Record<string, string>
  /** A production server of the test's own (see support/own-server.ts), its faults cleared after each test. */
  ownServer: OwnServer
}

type WorkerFixtures = {
  /** The worker's own servers, one per spec file and environment, started when a test first asks. */
  ownServers: (file: string, env: Record<string, string>) => Promise<OwnServer>
}

export const test = base.extend<PageFixtures, WorkerFixtures>({
  /**
   * Every test fails if the page logs a console error or throws: cheap, and it catches a lot
   * (failed requests, React warnings about keys, CSP violations).
   */
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors during the test').toEqual([])
    },
    { auto: true },
  ],
  callsPage: async ({ page }, use) => use(new CallsPage(page)),
  callPage: async ({ page }, use) => use(new CallDetailPage(page)),
  leadPage: async ({ page }, use) => use(new LeadPage(page)),
  eventsPage: async ({ page }, use) => use(new EventsPage(page)),

  ownServerEnv: [{}, { option: true }],
  // One server per spec file and environment in each worker, as the beforeAll set-ups it replaces had:
  // a worker runs its tests one at a time, so faults one test injects never reach a test running in
  // parallel (they are global to a server process), and no file sees what another file's faults left
  // behind (a sync still waiting on a 60 s latency, a source marked stale).
  ownServers: [
    async ({}, use) => {
      const started = new Map<string, { file: string; server: Promise<OwnServer> }>()
      const stop = async (key: string) => {
        ;(await started.get(key)?.server.catch(() => null))?.stop()
        started.delete(key)
      }
      await use(async (file, env) => {
        for (const [key, other] of started) if (other.file !== file) await stop(key)
        const key = JSON.stringify([file, env])
        const server = started.get(key)?.server ?? startOwnServer(env)
        started.set(key, { file, server })
        return server
      })
      for (const key of [...started.keys()]) await stop(key)
    },
    { scope: 'worker' },
  ],
  ownServer: [
    async ({ ownServers, ownServerEnv }, use, testInfo) => {
      const server = await ownServers(testInfo.file, ownServerEnv)
      let faulted = false
      const setFaults: OwnServer['setFaults'] = async (faults) => {
        faulted = true
        await server.setFaults(faults)
      }
      await use({ ...server, setFaults })
      // Only then: a server behind a password answers /sim-admin with 401.
      if (faulted) await server.clearFaults()
    },
    // Starting waits for the server's first sync (up to 60 s on a busy machine).
    { timeout: 90_000 },
  ],
})

export { expect }

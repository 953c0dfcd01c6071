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
  /** A production server of the test's own (see support/own-server.ts), its faults cleared after each test. */
  ownServer: OwnServer
}

type WorkerFixtures = {
  /** Extra environment for the own server: `test.use({ ownServerEnv: { SIM_LIVE: '1' } })` in a describe. */
  ownServerEnv: Record<string, string>
  ownServerProcess: OwnServer
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

  ownServerEnv: [{}, { scope: 'worker', option: true }],
  // One server per worker and environment: a worker runs its tests one at a time, so faults one test
  // injects never reach a test running in parallel (they are global to a server process).
  ownServerProcess: [
    async ({ ownServerEnv }, use) => {
      const server = await startOwnServer(ownServerEnv)
      await use(server)
      server.stop()
    },
    // Starting waits for the server's first sync (up to 60 s on a busy machine).
    { scope: 'worker', timeout: 90_000 },
  ],
  ownServer: async ({ ownServerProcess: server }, use) => {
    let faulted = false
    const setFaults: OwnServer['setFaults'] = async (faults) => {
      faulted = true
      await server.setFaults(faults)
    }
    await use({ ...server, setFaults })
    // Only then: a server behind a password answers /sim-admin with 401.
    if (faulted) await server.clearFaults()
  },
})

export { expect }

import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'
import { allowStatus, CallsPage } from './pages/calls-page'
import { startOwnServer, type OwnServer } from './support/own-server'

/**
 * Faults are global to a server process, so these tests run against a server of their own (with the
 * same seed and clock as the shared one).
 */
test.describe.configure({ mode: 'serial' })

let server: OwnServer

test.beforeAll(async () => {
  server = await startOwnServer()
})

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

test.afterEach(async () => server.clearFaults())

test.afterAll(() => server.stop())

test('a failing source shows its error with Retry while the others render; Retry recovers', async ({
  page,
  consoleErrors,
}) => {
  await server.setFaults({ provider: 'telnyx', errorRate: 1, statuses: [503] })
  const calls = new CallsPage(page)
  await page.goto(`${server.url}/calls`)
  await calls.rowsShown()
  const telnyx = calls.sourceLine('Telnyx')
  await expect(telnyx.getByRole('alert')).toContainText('Telnyx could not be loaded')
  const retry = telnyx.getByRole('button', { name: 'Retry Telnyx' })
  await expect(retry).toBeVisible()
  const sources = new Set(await calls.column('source'))
  expect(sources.has('Telnyx')).toBe(false)
  expect(sources.size).toBeGreaterThan(1)
  const without = await calls.summaryCount()

  await server.clearFaults()
  await retry.click()
  await expect(telnyx.getByRole('alert')).toHaveCount(0, { timeout: 20_000 })
  await calls.rowsShown()
  await expect(telnyx).toContainText(/[1-9]\d* calls/)
  await expect.poll(() => calls.summaryCount()).toBeGreaterThan(without)
  expect(new Set(await calls.column('source')).has('Telnyx')).toBe(true)
  allowStatus(consoleErrors, 503)
})

test('every source failing says so instead of "no calls"', async ({ page, consoleErrors }) => {
  await server.setFaults({ provider: '*', errorRate: 1, statuses: [500] })
  const calls = new CallsPage(page)
  await page.goto(`${server.url}/calls?source=leadping,skipcall`)
  await calls.settled()
  await expect(page.getByRole('alert').filter({ hasText: 'No calls to show' })).toContainText(
    '2 of 2 sources failed to answer',
  )
  const sources = page.getByRole('list', { name: 'Sources' })
  await expect(sources.getByRole('button', { name: 'Retry Leadping', exact: true })).toBeVisible()
  await expect(sources.getByRole('button', { name: 'Retry Skipcall', exact: true })).toBeVisible()
  await expect(page.getByText(/^No calls in the last/)).toHaveCount(0)
  allowStatus(consoleErrors, 500)
})

import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/**
 * Live mode on a server of its own with the simulator's live mode on: its data clock runs from E2E_NOW,
 * and `POST /sim-admin/live/tick` starts a call at once (besides the simulator's own ticks); the index
 * syncs it and the live stream sends it to the page.
 */
test.describe.configure({ mode: 'serial', timeout: 60_000 })

test.use({ ownServerEnv: { SIM_LIVE: '1' } })

test('Live inserts new calls at the top with a marker, without moving the rows being read', async ({
  ownServer: server,
  callsPage: calls,
  page,
  request,
}) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
  await page.goto(`${server.url}/calls`)
  await calls.rowsShown()
  const newestBefore = (await calls.times())[0] ?? ''
  const scroller = calls.scroller
  await scroller.evaluate((element) => {
    element.scrollTop = 360
  })
  // The row under the reader's eye: the one at the top edge of the scrolled list (rows are 36 px).
  const rowAtTop = () =>
    scroller.evaluate((element) => {
      const index = Math.round(element.scrollTop / 36)
      return element.querySelector(`[data-index="${index}"] a`)?.getAttribute('href') ?? null
    })
  const before = await rowAtTop()
  expect(before).not.toBeNull()

  await page.getByRole('switch', { name: 'Live' }).check()
  // The stream is open (EventSource on /api/calls/stream with the list's filters).
  await expect(page.getByText(/^Listening since \d\d:\d\d:\d\d UTC$/)).toBeVisible({ timeout: 15_000 })
  const tick = await request.post(`${server.url}/sim-admin/live/tick`)
  expect(tick.ok()).toBe(true)
  const marker = page.getByRole('button', { name: /^\d+ new calls? ↑$/ })
  await expect(marker).toBeVisible({ timeout: 20_000 })
  // The list grew above the reader, and the row they were reading did not move.
  await expect.poll(rowAtTop).toBe(before)
  expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(360)

  await marker.click()
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0)
  await expect(marker).toHaveCount(0)
  const newestAfter = (await calls.times())[0] ?? ''
  expect(newestAfter > newestBefore).toBe(true)
  await expect(calls.rows.first()).toHaveClass(/is-new/)
})

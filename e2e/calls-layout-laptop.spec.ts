import type { Locator, Page } from '@playwright/test'
import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/**
 * Issue #14 items 1 and 8 on the agent's 1366×768 laptop: the list is the page. The filter bar itself is
 * compacted separately; these tests hold what the rest of the page takes above the first row.
 */
test.use({ viewport: { width: 1366, height: 768 } })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN

async function delayVolume(page: Page, ms: number) {
  await page.route('**/api/calls/volume?*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms))
    await route.fallback()
  })
}

test('the first row is on screen without scrolling; the sync notes take one line, the chart is closed', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  await expect(calls.syncLine).toContainText(/^4 sources · synced \d+ s ago/)
  // Before: 180 px of source notes and a 250 px chart pushed the first row to y = 770.
  const first = await calls.rows.first().boundingBox()
  expect(first).not.toBeNull()
  expect((first?.y ?? 0) + (first?.height ?? 0)).toBeLessThanOrEqual(768)
  expect((await calls.syncLine.boundingBox())?.height).toBeLessThanOrEqual(40)
  await expect(calls.chartToggle).toHaveAccessibleName('Show volume chart')
  await expect(calls.chartToggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('region', { name: 'Call volume' })).toHaveCount(0)

  // Every source's own line is one keyboard press away.
  await expect(calls.syncNotes).toBeHidden()
  const details = calls.syncLine.getByRole('button', { name: 'Sync details' })
  await details.focus()
  await page.keyboard.press('Enter')
  await expect(details).toHaveAttribute('aria-expanded', 'true')
  await expect(calls.syncNotes.getByRole('listitem')).toHaveCount(4)
  await expect(calls.syncNote('Telnyx')).toContainText(/synced .* ago · history since/)
})

test('an opened chart stays open after a reload, and closes again on request', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  const chart = await calls.showVolumeChart()
  await expect(chart.getByText(/^Based on [\d,]+ calls?, per hour$/)).toBeVisible({ timeout: 20_000 })
  await expect(calls.chartToggle).toHaveAccessibleName('Hide volume chart')

  await page.reload()
  await calls.rowsShown()
  await expect(calls.chartToggle).toHaveAttribute('aria-expanded', 'true')
  await expect(chart.getByText(/^Based on [\d,]+ calls?, per hour$/)).toBeVisible({ timeout: 20_000 })

  await calls.chartToggle.click()
  await expect(chart).toHaveCount(0)
  await page.reload()
  await calls.rowsShown()
  await expect(calls.chartToggle).toHaveAttribute('aria-expanded', 'false')
})

test('with the chart open, the table does not move while the rows and the chart arrive', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.showVolumeChart()
  // The count answers late, as on a busy server, so the rows are on screen well before the bars.
  await delayVolume(page, 1500)
  await page.reload()
  const table = calls.scroller
  await expect(table).toBeVisible()
  const whileLoading = await top(table)
  await calls.rowsShown()
  const withRows = await top(table)
  const chart = page.getByRole('region', { name: 'Call volume' })
  await expect(chart.getByText(/^Based on [\d,]+ calls?, per hour$/)).toBeVisible({ timeout: 20_000 })
  const withChart = await top(table)
  // Before: the chart appeared with the first rows and pushed the table down by about 250 px.
  expect(Math.abs(withRows - whileLoading)).toBeLessThan(1)
  expect(Math.abs(withChart - whileLoading)).toBeLessThan(1)
})

test('status labels in the list stay plain text after a call page was opened', async ({
  callPage: call,
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  const label = calls.statusLabel(calls.rows.first())
  const look = () =>
    label.evaluate((node) => {
      const style = getComputedStyle(node)
      return { radius: style.borderRadius, background: style.backgroundColor, border: style.borderTopWidth }
    })
  const before = await look()
  // The call page's pill (10 px radius, tinted background, 1 px border) is its own.
  expect(before).toEqual({ radius: '0px', background: 'rgba(0, 0, 0, 0)', border: '0px' })

  await calls.callLink(calls.rows.first()).click()
  await expect(page).toHaveURL(/\/calls\/[^/]+\/[^/?]+/)
  await expect(call.statusBadge).toBeVisible({ timeout: 20_000 })
  expect(await call.statusBadge.evaluate((node) => getComputedStyle(node).borderRadius)).toBe('10px')
  await page.goBack()
  await calls.rowsShown()
  expect(await look()).toEqual(before)
})

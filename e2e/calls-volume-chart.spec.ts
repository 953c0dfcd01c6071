import type { Page } from '@playwright/test'
import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'
import { allowStatus } from './support/console-errors'
import type { CallsPage } from './pages/calls-page'

/**
 * The volume chart above the calls table. The period presets are relative to the browser's clock, so
 * the clock is fixed at the simulator's "now": the default 24 hours are then 2026-11-19 15:00 to
 * 2026-11-20 15:00 UTC, 24 hourly bars.
 */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

async function openChart(calls: CallsPage, query = '') {
  await calls.goto(query)
  // Collapsed by default since issue #14 item 1; opened once, it stays open in this browser.
  const chart = await calls.showVolumeChart()
  await expect(chart.getByText(/^Based on [\d,]+ calls?, per (hour|day)$/)).toBeVisible({ timeout: 20_000 })
  return chart
}

const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name)

test('the chart shows the period per hour, and its table adds up to the calls it is based on', async ({
  callsPage: list,
}) => {
  const chart = await openChart(list)
  const based = await chart.getByText(/^Based on/).textContent()
  const total = Number(/Based on ([\d,]+)/.exec(based ?? '')?.[1]?.replaceAll(',', ''))
  expect(total).toBeGreaterThan(0)
  // The server counts the list's own filters: the chart and the list agree.
  await list.settled()
  expect(await list.summaryCount()).toBe(total)
  const bars = chart.getByRole('button', { name: /Press Enter to narrow the period to this hour\.$/ })
  await expect(bars).toHaveCount(24)
  await expect(bars.first()).toHaveAccessibleName(/^Thu, Nov 19, 15:00–16:00 UTC: /)
  await expect(bars.last()).toHaveAccessibleName(/^Fri, Nov 20, 14:00–15:00 UTC: /)

  await chart.getByText('Show the counts as a table').click()
  const totals = await list.volumeTotals(chart)
  expect(totals).toHaveLength(24)
  expect(totals.reduce((sum, value) => sum + Number(value.replaceAll(',', '')), 0)).toBe(total)
})

test('hovering a bar shows its counts', async ({ callsPage, page }) => {
  const chart = await openChart(callsPage)
  const bar = chart.getByRole('button', { name: /^Fri, Nov 20, 13:00–14:00 UTC: [1-9]/ })
  const label = (await bar.getAttribute('aria-label')) ?? ''
  const count = (pattern: RegExp) => Number(pattern.exec(label)?.[1] ?? '0')
  const total = count(/UTC: (\d+) calls?/)
  await bar.hover()
  const tooltip = chart.getByRole('tooltip')
  await expect(tooltip).toContainText('Fri, Nov 20, 13:00–14:00 UTC')
  await expect(tooltip).toContainText(`${total} ${total === 1 ? 'call' : 'calls'}`)
  const row = (name: string) => callsPage.tooltipCount(tooltip, name)
  await expect(row('Answered')).toHaveText(String(count(/(\d+) answered/)))
  await expect(row('No answer / voicemail')).toHaveText(String(count(/(\d+) no answer \/ voicemail/)))
  await expect(row('Busy / failed / canceled')).toHaveText(String(count(/(\d+) busy \/ failed \/ canceled/)))
  await expect(row('In progress / other')).toHaveText(String(count(/(\d+) in progress \/ other/)))

  await page.mouse.move(5, 5)
  await expect(tooltip).toBeHidden()
})

test('dragging across bars narrows Start and End in the URL', async ({ callsPage, page }) => {
  const chart = await openChart(callsPage)
  const from = await chart.getByRole('button', { name: /^Thu, Nov 19, 17:00–18:00 UTC/ }).boundingBox()
  const to = await chart.getByRole('button', { name: /^Thu, Nov 19, 20:00–21:00 UTC/ }).boundingBox()
  if (!from || !to) throw new Error('the bars are not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 })
  await expect(chart.getByRole('tooltip')).toContainText('Release to narrow Start and End to these bars.')
  await page.mouse.up()

  await expect.poll(() => urlParam(page, 'start')).toBe('2026-11-19T17:00:00.000Z')
  expect(urlParam(page, 'end')).toBe('2026-11-19T21:00:00.000Z')
  // The chart follows the narrowed period at once: four hours, four bars.
  await expect(chart.getByRole('button', { name: /to this hour\.$/ })).toHaveCount(4)
  await expect(chart.getByText(/^Based on [\d,]+ calls?, per hour$/)).toBeVisible()
})

test('keyboard: arrows move between bars, Shift selects, Enter narrows', async ({ callsPage, page }) => {
  const chart = await openChart(callsPage)
  const last = chart.getByRole('button', { name: /^Fri, Nov 20, 14:00–15:00 UTC/ })
  await expect(last).toHaveAttribute('tabindex', '0')
  await last.focus()
  await expect(chart.getByRole('tooltip')).toContainText('Fri, Nov 20, 14:00–15:00 UTC')
  await page.keyboard.press('ArrowLeft')
  await expect(chart.getByRole('button', { name: /^Fri, Nov 20, 13:00–14:00 UTC/ })).toBeFocused()
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Enter')
  await expect.poll(() => urlParam(page, 'start')).toBe('2026-11-20T12:00:00.000Z')
  expect(urlParam(page, 'end')).toBe('2026-11-20T14:00:00.000Z')
})

test('buckets follow the chosen zone, and a week is counted per day', async ({ callsPage }) => {
  const berlin = await openChart(callsPage, 'tz=Europe%2FBerlin')
  await expect(berlin.getByRole('button', { name: /to this hour\.$/ }).first()).toHaveAccessibleName(
    /^Thu, Nov 19, 16:00–17:00 GMT\+1: /,
  )
  const week = await openChart(callsPage, 'period=7d')
  const days = week.getByRole('button', { name: /to this day\.$/ })
  await expect(days).toHaveCount(8)
  await expect(days.first()).toHaveAccessibleName(/^Fri, Nov 13 \(UTC\): /)
})

test('a failed count is named in plain words, and Retry the chart counts again', async ({
  callsPage,
  page,
  consoleErrors,
}) => {
  // The chart's one request fails (retries included) until the route is lifted.
  await page.route('**/api/calls/volume?*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'The call index is busy.' } }),
    }),
  )
  await page.goto('/calls')
  const chart = await callsPage.showVolumeChart()
  await expect(
    chart
      .getByRole('alert')
      .filter({ hasText: 'The call volume could not be counted. The call index is busy.' }),
  ).toBeVisible({ timeout: 20_000 })
  await expect(chart.getByText('Not counted')).toBeVisible()
  await page.unroute('**/api/calls/volume?*')
  await chart.getByRole('button', { name: 'Retry the chart' }).click()
  await expect(chart.getByRole('button', { name: /to this hour\.$/ })).toHaveCount(24)
  await expect(chart.getByRole('alert')).toBeHidden()
  allowStatus(consoleErrors, 503)
})

test('all time shows the 30 days up to now and says so', async ({ callsPage }) => {
  const chart = await openChart(callsPage, 'period=all')
  await expect(chart.getByText(/^No start is set, so the chart shows the 30 days up to /)).toBeVisible()
  await expect(chart.getByRole('button', { name: /to this day\.$/ })).toHaveCount(31)
})

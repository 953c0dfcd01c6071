import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/**
 * The calls page as a user drives it on the simulator (seed 42, data frozen at E2E_NOW). Presets are
 * relative to the browser's clock, so the clock is fixed at the simulator's "now".
 */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

const NOW_MS = Date.parse(E2E_NOW)

test('the default view lists the last 24 hours, newest first, with every time showing its zone', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  await expect(calls.summary).toHaveText(/^[\d,]+ calls( · [\d,]+ loaded)?$/)
  const times = await calls.times()
  expect(times.length).toBeGreaterThan(10)
  expect([...times].sort().reverse()).toEqual(times)
  for (const time of times) expect(Date.parse(time)).toBeGreaterThanOrEqual(NOW_MS - 86_400_000)
  for (const text of await calls.column('time')) expect(text).toMatch(/^2026-11-\d\d \d\d:\d\d:\d\d UTC$/)
  // Hovering a time shows UTC and, where it differs, the provider's own value.
  await expect(calls.rowTimes.first()).toHaveAttribute('title', /UTC/)
  // The index holds history: no source is limited to a recent window any more.
  await expect(calls.syncNote('Telnyx')).toContainText(/synced .* ago/)
  await expect(page.getByText(/only searches the last/)).toHaveCount(0)
})

test('direction: the URL and every row follow, and Back restores the previous view', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  const before = await calls.summaryCount()
  await calls.direction.selectOption('inbound')
  await expect.poll(() => calls.param('direction')).toBe('inbound')
  await calls.rowsShown()
  const directions = await calls.column('direction')
  expect(directions.length).toBeGreaterThan(0)
  expect(new Set(directions)).toEqual(new Set(['Inbound']))
  expect(await calls.summaryCount()).toBeLessThan(before)

  await page.goBack()
  await expect.poll(() => calls.param('direction')).toBeNull()
  await expect(calls.direction).toHaveValue('all')
  await calls.rowsShown()
  expect(await calls.summaryCount()).toBe(before)

  await page.goForward()
  await expect(calls.direction).toHaveValue('inbound')
  await calls.rowsShown()
  expect(new Set(await calls.column('direction'))).toEqual(new Set(['Inbound']))
})

test('status multi-select: every row has one of the chosen statuses, with the raw status beside it', async ({
  callsPage: calls,
}) => {
  await calls.goto('period=7d')
  await calls.rowsShown()
  await calls.tick('Status', 'Completed')
  await expect.poll(() => calls.param('status')).toBe('completed')
  await calls.tick('Status', 'Busy')
  await expect.poll(() => calls.param('status')).toBe('completed,busy')
  await calls.closeMultiSelect('Status')
  await calls.rowsShown()
  const badges = await calls.statusLabels()
  expect(badges.length).toBeGreaterThan(0)
  expect(new Set(badges).size).toBeLessThanOrEqual(2)
  for (const badge of badges) expect(['Completed', 'Busy']).toContain(badge)
  expect(await calls.rawStatuses.count()).toBeGreaterThan(0)
})

test('source multi-select narrows to one provider', async ({ callsPage: calls }) => {
  await calls.goto()
  await calls.rowsShown()
  await calls.tick('Source', 'Leadping')
  await expect.poll(() => calls.param('source')).toBe('leadping')
  await calls.closeMultiSelect('Source')
  await calls.rowsShown()
  expect(new Set(await calls.column('source'))).toEqual(new Set(['Leadping']))
  await expect(calls.summary).toHaveText(/^[\d,]+ calls?( · [\d,]+ loaded)?$/)
})

test('period preset and an absolute Start/End to the second', async ({ callsPage: calls, page }) => {
  await calls.goto()
  await calls.rowsShown()
  await calls.period.selectOption('1h')
  await expect.poll(() => calls.param('period')).toBe('1h')
  await calls.rowsShown()
  // The preset's actual start describes the Period select (a line of its own cost the one-row filters).
  await expect(calls.period).toHaveAccessibleDescription('Last hour: from 2026-11-20 14:00:00 UTC until now')
  for (const time of await calls.times()) expect(Date.parse(time)).toBeGreaterThanOrEqual(NOW_MS - 3_600_000)

  // Typed as the table shows times, or with ISO's "T".
  await calls.start.fill('2026-11-20 10:00:05')
  await calls.end.fill('2026-11-20T12:30')
  await calls.end.press('Enter')
  await expect.poll(() => calls.param('start')).toBe('2026-11-20T10:00:05.000Z')
  expect(calls.param('end')).toBe('2026-11-20T12:30:00.000Z')
  expect(calls.param('period')).toBeNull()
  await expect(calls.period).toHaveValue('custom')
  await calls.rowsShown()
  for (const time of await calls.times()) {
    expect(time >= '2026-11-20T10:00:05.000Z' && time < '2026-11-20T12:30:00.000Z').toBe(true)
  }

  await calls.start.fill('2026-11-20T13:00:00')
  await calls.start.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'The start must be before the end.' })).toBeVisible()
  expect(calls.param('start')).toBe('2026-11-20T10:00:05.000Z')
})

test('search by a phone number in another format; typing adds at most one history entry', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  const from = (await calls.column('from')).find((value) => /^\+1\d{10}$/.test(value))
  if (!from) throw new Error('no E.164 number among the first rows')
  const national = `(${from.slice(2, 5)}) ${from.slice(5, 8)}-${from.slice(8)}`
  const historyBefore = await page.evaluate(() => history.length)
  await calls.search.click()
  await calls.search.pressSequentially(national, { delay: 20 })
  await expect.poll(() => calls.param('q')).toBe(national)
  await calls.rowsShown()
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1)
  const digits = from.slice(2)
  const froms = await calls.column('from')
  const tos = await calls.column('to')
  expect(froms.length).toBeGreaterThan(0)
  froms.forEach((value, index) => {
    expect(`${value} ${tos[index] ?? ''}`.replace(/\D/g, ' ')).toContain(digits)
  })
})

test('a deep link reproduces the view; reload keeps it; Clear filters returns to the default', async ({
  callsPage: calls,
  page,
}) => {
  const query = 'direction=outbound&status=completed&period=7d&source=leadping%2Cskipcall&tz=Europe%2FBerlin'
  await calls.goto(query)
  await calls.rowsShown()
  await expect(calls.direction).toHaveValue('outbound')
  await expect(calls.period).toHaveValue('7d')
  await expect(calls.zone).toHaveValue('Europe/Berlin')
  await expect(calls.menuButton('Status')).toHaveText('Status: Completed')
  await expect(calls.menuButton('Source')).toHaveText('Source: Leadping, Skipcall')
  const first = await calls.column('time')
  // Intl's English names for European zones are offsets: Berlin in November is GMT+1.
  expect(first.every((text) => text.endsWith(' GMT+1'))).toBe(true)
  expect(new Set(await calls.column('direction'))).toEqual(new Set(['Outbound']))
  const count = await calls.summaryCount()

  await page.reload()
  await calls.rowsShown()
  expect(page.url()).toContain(query)
  expect(await calls.summaryCount()).toBe(count)
  expect(await calls.column('time')).toEqual(first)

  await calls.clearFilters.click()
  await expect.poll(() => new URL(page.url()).search).toBe('?tz=Europe%2FBerlin')
  await expect(calls.direction).toHaveValue('all')
  await expect(calls.period).toHaveValue('24h')
  await expect(calls.clearFilters).toBeDisabled()
  await calls.rowsShown()
})

test('a malformed URL value falls back to its default with a visible notice', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto('direction=sideways&status=completed,exploded&tz=Mars%2FBase')
  const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used.' })
  await expect(notice).toContainText('Ignored unknown direction "sideways"')
  await expect(notice).toContainText('Ignored unknown status "exploded"')
  await expect(notice).toContainText('Mars/Base')
  await calls.rowsShown()
  await expect(calls.direction).toHaveValue('all')
  expect(new Set(await calls.statusLabels())).toEqual(new Set(['Completed']))
})

test('a 7-day view lists Telnyx calls older than 24 hours (the index keeps their history)', async ({
  callsPage: calls,
}) => {
  await calls.goto('period=7d&source=telnyx&sort=time')
  await calls.rowsShown()
  expect(new Set(await calls.column('source'))).toEqual(new Set(['Telnyx']))
  const oldest = (await calls.times())[0] ?? ''
  expect(Date.parse(oldest)).toBeLessThan(NOW_MS - 86_400_000)
  expect(Date.parse(oldest)).toBeGreaterThanOrEqual(NOW_MS - 7 * 86_400_000)
})

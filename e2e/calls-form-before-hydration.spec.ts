import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/**
 * Before the page hydrates, the filters still work: they are a plain GET form for /calls whose fields
 * carry the URL's parameter names, so a choice made before the script has run is submitted natively and
 * the server renders the filtered page (issue #15 item 4). JavaScript is off here, so the page is only
 * what the server rendered: these tests need the server-side rendering of /calls.
 */
test.use({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 } })

const NOW_MS = Date.parse(E2E_NOW)

test('without JavaScript, the filters are a GET form for /calls with an Apply button', async ({
  callsPage: calls,
}) => {
  await calls.goto()
  const form = calls.filtersForm
  await expect(form).toHaveCount(1)
  await expect(form).toHaveAttribute('method', /^get$/i)
  await expect(form).toHaveAttribute('action', '/calls')
  await expect(calls.filters.getByRole('button', { name: 'Apply filters' })).toHaveAttribute('type', 'submit')
  await expect(calls.direction).toHaveAttribute('name', 'direction')
  await expect(calls.search).toHaveAttribute('name', 'q')
  await expect(calls.period).toHaveAttribute('name', 'period')
  await expect(calls.zone).toHaveAttribute('name', 'tz')
})

test('without JavaScript, Inbound + Apply filters loads /calls?direction=inbound with only inbound rows', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await expect(calls.rows.first()).toBeVisible()
  await calls.direction.selectOption('inbound')
  await calls.filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect.poll(() => calls.param('direction')).toBe('inbound')
  expect(new URL(page.url()).pathname).toBe('/calls')
  // The page now is the server's answer for that URL: its rows are all inbound, and the form says so.
  await expect(calls.direction).toHaveValue('inbound')
  await expect(calls.rows.first()).toBeVisible()
  expect(new Set(await calls.column('direction'))).toEqual(new Set(['Inbound']))
})

test('without JavaScript, Enter in the search submits every filter, the chosen statuses and sources too', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto('status=completed,busy&source=telnyx,leadping&period=7d&tz=Europe%2FBerlin&sort=time')
  await calls.search.fill('+1 916')
  await calls.search.press('Enter')
  await expect.poll(() => calls.param('q')).toBe('+1 916')
  const params = new URL(page.url()).searchParams
  expect(params.getAll('status')).toEqual(['completed', 'busy'])
  expect(params.getAll('source')).toEqual(['telnyx', 'leadping'])
  expect(params.get('period')).toBe('7d')
  expect(params.get('tz')).toBe('Europe/Berlin')
  expect(params.get('sort')).toBe('time')
  // The server read that spelling: the menus show the same choice, and no notice says part was ignored.
  await expect(calls.menuButton('Status')).toHaveText('Status: Completed, Busy')
  await expect(calls.menuButton('Source')).toHaveText('Source: Telnyx, Leadping')
  await expect(page.getByText('Some of this link could not be used.')).toHaveCount(0)
})

test('without JavaScript, a typed Start/End submitted with Enter narrows the rows to that range', async ({
  callsPage: calls,
}) => {
  await calls.goto('tz=UTC')
  const start = new Date(NOW_MS - 3 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
  const end = new Date(NOW_MS - 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
  await calls.start.fill(start)
  await calls.end.fill(end)
  await calls.end.press('Enter')
  await expect.poll(() => calls.param('start')).toBe(start)
  expect(calls.param('end')).toBe(end)
  await expect(calls.rows.first()).toBeVisible()
  for (const time of await calls.times()) {
    expect(Date.parse(time)).toBeGreaterThanOrEqual(NOW_MS - 3 * 3_600_000)
    expect(Date.parse(time)).toBeLessThan(NOW_MS - 3_600_000)
  }
})

import { expect, test } from './fixtures'

/**
 * Issue #15 item 3, a lean first load: what /calls only needs when used (export, Live, the column
 * menu's list, the player's logic, dialogs, the chart, provider code and zod) is not fetched by a cold
 * load, and each piece still arrives and works on first use. Chunk names are the modules' file names.
 */
const ON_USE_CHUNKS = [
  'fetch-csv',
  'live-connection',
  'column-menu-list',
  'inline-player-control',
  'inline-player-seek',
  'data-problems-dialog',
  'focused-row-full-text',
  'volume-chart-panel',
  // Provider adapters and wire schemas, the cached provider fetcher, and zod.
  'wire-primitives',
  'to-call',
  'lead-loaders',
  'provider-fetcher',
  'cached-fetcher',
  'schemas',
]

const chunkName = (url: string) => /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1] ?? null

test('a cold load of /calls fetches no on-use code; the column menu and time zones load on first use', async ({
  callsPage: calls,
  page,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    const name = request.resourceType() === 'script' ? chunkName(request.url()) : null
    if (name !== null) scripts.push(name)
  })
  await calls.goto()
  await calls.rowsShown()
  expect(scripts).toContain('calls-route')
  expect(scripts.filter((name) => ON_USE_CHUNKS.includes(name))).toEqual([])

  // The column menu: its check boxes arrive when it is first opened, and work.
  await page.getByText('Columns', { exact: false }).first().click()
  const endReason = page
    .getByRole('group', { name: 'Visible columns' })
    .getByRole('checkbox', { name: 'End reason' })
  await endReason.uncheck()
  await expect(calls.table.getByRole('columnheader', { name: 'End reason' })).toHaveCount(0)
  await expect(page.getByText('Columns (1 hidden)')).toBeVisible()
  expect(scripts).toContain('column-menu-list')

  // The time zones: a short list first, every zone Intl knows once the select is focused.
  const zoneCount = () => calls.zoneOptionCount()
  expect(await zoneCount()).toBeLessThan(20)
  await calls.zone.focus()
  await expect.poll(zoneCount).toBeGreaterThan(100)
  await calls.zone.selectOption('Pacific/Auckland')
  await expect(page).toHaveURL(/tz=Pacific%2FAuckland/)
})

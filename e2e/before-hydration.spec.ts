import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'
import { simExamples } from './pages/call-detail-page'
import { openBeforeHydration } from './support/hold-scripts'

const NOW_MS = Date.parse(E2E_NOW)

/**
 * Controls the server renders work before the page is hydrated, and what they did is kept when it
 * hydrates (issue #15 item 4; the audit: docs/decisions/controls-before-hydration.md). The app's scripts
 * are held back until the test lets them go, so every click below lands on the server's HTML alone.
 */

test('the raw payload opens before hydration, stays open after it, and Copy waits for the script', async ({
  page,
  request,
  callPage: call,
}) => {
  const { leadpingCallWithRecording: id } = await simExamples(request)
  const { release, problems } = await openBeforeHydration(page, `/calls/leadping/${id}`)
  await call.heading.waitFor()

  await call.rawToggle('Show raw payload').click()
  const json = call.rawJson
  await expect(json).toBeVisible()
  expect((JSON.parse(await json.innerText()) as { id: string }).id).toBe(id)
  await expect(call.rawSummary).toHaveAccessibleName('Hide raw payload')
  // Copying needs the script: refused visibly, not lost.
  await expect(call.copyRawButton).toBeDisabled()
  await call.notHydrated()

  release()
  await call.hydrated()
  await expect(json).toBeVisible()
  await expect(call.rawSummary).toHaveAccessibleName('Hide raw payload')
  await expect(call.copyRawButton).toBeEnabled()
  // Hydrated, the toggle goes on working both ways.
  await call.rawToggle('Hide raw payload').click()
  await expect(json).toBeHidden()
  await call.rawToggle('Show raw payload').click()
  await expect(json).toBeVisible()
  expect(problems).toEqual([])
})

test('the column menu opened before hydration shows its check boxes once the script is there', async ({
  page,
  callsPage: calls,
}) => {
  const { release, problems } = await openBeforeHydration(page, '/calls')
  const menu = calls.columnMenu
  await menu.getByText('Columns', { exact: false }).first().click()
  await expect(menu).toHaveAttribute('open', '')
  await calls.notHydrated()

  release()
  await calls.hydrated()
  await calls.rowsShown()
  const endReason = page
    .getByRole('group', { name: 'Visible columns' })
    .getByRole('checkbox', { name: 'End reason' })
  await endReason.uncheck()
  await expect(calls.table.getByRole('columnheader', { name: 'End reason' })).toHaveCount(0)
  expect(problems).toEqual([])
})

test('a sort header is a link: sorting before hydration loads the sorted list, and hydration keeps it', async ({
  page,
  callsPage: calls,
}) => {
  const { release, problems } = await openBeforeHydration(page, '/calls?period=7d')
  await calls.sortLink('duration').click()
  await expect.poll(() => calls.param('sort')).toBe('-duration')
  // The server rendered the sorted list: the header says so before any script ran.
  await expect(calls.table.getByRole('columnheader', { name: /duration/i })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await calls.notHydrated()

  release()
  await calls.hydrated()
  await calls.rowsShown()
  await expect(calls.sortLink('duration')).toHaveAccessibleName(/now descending/)
  // Hydrated, the same link sorts the other way without a page load.
  await calls.sortLink('duration').click()
  await expect.poll(() => calls.param('sort')).toBe('duration')
  expect(problems).toEqual([])
})

test('Clear in the filter row is a link: before hydration it loads the list without filters, zone and order kept', async ({
  page,
  callsPage: calls,
}) => {
  const { release, problems } = await openBeforeHydration(
    page,
    '/calls?direction=inbound&period=7d&tz=Europe%2FBerlin&sort=duration',
  )
  await calls.clearFilters.click()
  await expect.poll(() => new URL(page.url()).search).toBe('?tz=Europe%2FBerlin&sort=duration')
  // The server's answer: the default filters, and nothing left to clear.
  await expect(calls.direction).toHaveValue('all')
  await expect(calls.period).toHaveValue('24h')
  await expect(calls.clearFilters).toBeDisabled()
  await calls.notHydrated()

  release()
  await calls.hydrated()
  await calls.direction.selectOption('outbound')
  await expect.poll(() => calls.param('direction')).toBe('outbound')
  // Hydrated, the same link clears without a page load.
  await calls.clearFilters.click()
  await expect.poll(() => calls.param('direction')).toBeNull()
  expect(problems).toEqual([])
})

test('the events pager is links: Next before hydration loads the next page from the server', async ({
  page,
  eventsPage: events,
}) => {
  const { release, problems } = await openBeforeHydration(page, '/events?name=call.initiated')
  await expect(events.pagerStep('Previous')).toBeDisabled()
  await events.goToPage('Next')
  await expect(page).toHaveURL(/[?&]page=2$/)
  await expect(events.indicator).toContainText('Page 2 of')
  await events.notHydrated()

  release()
  await events.hydrated()
  await events.goToPage('Previous')
  await expect(events.indicator).toContainText('Page 1 of')
  expect(problems).toEqual([])
})

test.describe('in a browser whose zone is not the one the server rendered in', () => {
  // No zone cookie yet (the script sets it), so the server shows and reads the fields on the UTC clock.
  test.use({ timezoneId: 'Europe/Berlin' })

  test('a Start/End submitted on /calls before hydration keeps its meaning when the page hydrates', async ({
    page,
    callsPage: calls,
  }) => {
    const { release, problems } = await openBeforeHydration(page, '/calls?period=7d')
    const utcField = (hoursAgo: number) =>
      new Date(NOW_MS - hoursAgo * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
    await calls.start.fill(utcField(6))
    await calls.end.fill(utcField(2))
    await calls.end.press('Enter')
    await expect.poll(() => calls.param('start')).toBe(utcField(6))
    await expect(calls.rows.first()).toBeVisible()
    const rendered = await calls.times()
    expect(rendered.length).toBeGreaterThan(0)

    release()
    await calls.hydrated()
    await calls.settled()
    // Read as the server read it (UTC), not on Berlin's clock an hour earlier: the same rows.
    expect(await calls.times()).toEqual(rendered)
    expect(problems).toEqual([])
  })
})

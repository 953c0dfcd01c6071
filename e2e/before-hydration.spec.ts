import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { CallDetailPage, rawJsonToggle, simExamples } from './pages/call-detail-page'
import { CallsPage } from './pages/calls-page'

/**
 * Controls the server renders work before the page is hydrated, and what they did is kept when it
 * hydrates (issue #15 item 4; the audit: docs/decisions/controls-before-hydration.md). The app's scripts
 * are held back until the test lets them go, so every click below lands on the server's HTML alone.
 */

/** Holds every script of the app (entry, route chunks, preloads) until `release` is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(
    (url) => url.pathname.endsWith('.js'),
    async (route) => {
      await released
      await route.continue()
    },
  )
  return release
}

/** Console warnings and errors from now on (the fixture fails on errors only; hydration may warn). */
function consoleProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') problems.push(message.text())
  })
  return problems
}

const hydrated = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')

test('the raw payload opens before hydration, stays open after it, and Copy waits for the script', async ({
  page,
  request,
}) => {
  const { leadpingCallWithRecording: id } = await simExamples(request)
  const problems = consoleProblems(page)
  const release = await holdScripts(page)
  const call = new CallDetailPage(page)
  await page.goto(`/calls/leadping/${id}`, { waitUntil: 'commit' })
  await call.heading.waitFor()
  const section = page.locator('section:has(> h2#raw-title)')
  const copy = section.getByRole('button', { name: 'Copy raw payload' })

  await rawJsonToggle(section, 'Show raw payload').click()
  const json = section.getByRole('region', { name: 'Raw payload' })
  await expect(json).toBeVisible()
  expect((JSON.parse(await json.innerText()) as { id: string }).id).toBe(id)
  await expect(section.locator('summary')).toHaveAccessibleName('Hide raw payload')
  // Copying needs the script: refused visibly, not lost.
  await expect(copy).toBeDisabled()
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true')

  release()
  await hydrated(page)
  await expect(json).toBeVisible()
  await expect(section.locator('summary')).toHaveAccessibleName('Hide raw payload')
  await expect(copy).toBeEnabled()
  // Hydrated, the toggle goes on working both ways.
  await rawJsonToggle(section, 'Hide raw payload').click()
  await expect(json).toBeHidden()
  await rawJsonToggle(section, 'Show raw payload').click()
  await expect(json).toBeVisible()
  expect(problems).toEqual([])
})

test('the column menu opened before hydration shows its check boxes once the script is there; sorting waits', async ({
  page,
}) => {
  const problems = consoleProblems(page)
  const release = await holdScripts(page)
  const calls = new CallsPage(page)
  await page.goto('/calls', { waitUntil: 'commit' })
  const menu = page.locator('details.column-menu')
  await menu.getByText('Columns', { exact: false }).first().click()
  await expect(menu).toHaveAttribute('open', '')
  // Sorting needs the script: its buttons are disabled until then (a click is refused, not lost).
  const sortButton = calls.table.getByRole('button', { name: /^Sort by / }).first()
  await expect(sortButton).toBeDisabled()
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true')

  release()
  await hydrated(page)
  await calls.rowsShown()
  await expect(sortButton).toBeEnabled()
  const endReason = page
    .getByRole('group', { name: 'Visible columns' })
    .getByRole('checkbox', { name: 'End reason' })
  await endReason.uncheck()
  await expect(calls.table.getByRole('columnheader', { name: 'End reason' })).toHaveCount(0)
  expect(problems).toEqual([])
})

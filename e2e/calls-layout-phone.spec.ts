import type { Page } from '@playwright/test'
import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'
import { leadExamples } from './pages/lead-page'

/** Issue #14 item 3 on a 390×844 phone: no sideways scrolling, calls as cards, filters in a sheet. */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

test('the calls page fits the screen and shows each call as a card', async ({ callsPage: calls, page }) => {
  await calls.goto()
  await calls.rowsShown()
  // Before: 551 px.
  expect(await pageWidth(page)).toBeLessThanOrEqual(390)

  const card = calls.rows.first()
  for (const id of ['time', 'direction', 'status', 'from', 'to', 'duration']) {
    const cell = calls.cell(card, id)
    await expect(cell, id).toBeVisible()
    const box = await cell.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 390, `${id} is on screen`).toBe(true)
  }
  await expect(calls.cell(card, 'time')).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/)
  await expect(calls.cell(card, 'direction')).toHaveText(/^(Inbound|Outbound)$/)
  await expect(calls.cell(card, 'source')).toBeHidden()
  // The filters wait behind a button, so the first card is near the top.
  await expect(calls.filters).toBeHidden()
  expect((await card.boundingBox())?.y).toBeLessThan(844 / 2)
})

test('the Filters button opens a sheet; a change there updates the list, Done returns to it', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto()
  await calls.rowsShown()
  const open = page.getByRole('button', { name: /^Filters/ })
  await open.click()
  const sheet = page.getByRole('dialog', { name: 'Filter calls' })
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('region', { name: 'Filters' })).toBeVisible()
  expect(await pageWidth(page)).toBeLessThanOrEqual(390)
  // The sheet itself fits too: nothing in it reaches past the screen's edge.
  const widest = await sheet.evaluate((node) =>
    Math.max(
      node.getBoundingClientRect().right,
      ...Array.from(node.querySelectorAll('*'), (el) => el.getBoundingClientRect().right),
    ),
  )
  expect(widest).toBeLessThanOrEqual(390)

  await sheet.getByRole('combobox', { name: 'Direction' }).selectOption('inbound')
  await expect.poll(() => calls.param('direction')).toBe('inbound')
  await sheet.getByRole('button', { name: 'Done' }).click()
  await expect(sheet).toBeHidden()
  await expect(open).toBeFocused()
  await expect(open).toHaveAccessibleName('Filters (on)')
  await calls.rowsShown()
  expect(new Set(await calls.column('direction'))).toEqual(new Set(['Inbound']))
})

test('a lead page fits the screen', async ({ leadPage: lead, page, request }) => {
  const { showcaseLeadId } = await leadExamples(request)
  await lead.open(showcaseLeadId)
  await lead.waitForTimeline()
  // Before: 502 px (the timeline's selects).
  expect(await pageWidth(page)).toBeLessThanOrEqual(390)
})

test.describe('before the page hydrates', () => {
  test.use({ javaScriptEnabled: false })

  test('the server’s HTML already has the phone layout: the Filters button, no bar in place', async ({
    page,
  }) => {
    await page.goto('/calls')
    await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden()
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
  })
})

import type { Locator, Page } from '@playwright/test'
import { E2E_NOW } from '../playwright.config'
import { expect, test } from './fixtures'

/** Issue #14 on the laptop the agent used: the table's rows and columns stay inside a 1366×768 window. */
test.use({ viewport: { width: 1366, height: 768 } })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(E2E_NOW))
})

/** The element lies wholly inside the window (not merely inside the table's own scroll box). */
async function expectInWindow(page: Page, element: Locator) {
  const box = await element.boundingBox()
  const viewport = page.viewportSize()
  expect(box).not.toBeNull()
  expect(viewport).not.toBeNull()
  if (!box || !viewport) return
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
}

test('the row keyboard focus moves to is always inside the window (↓, End, Home, PageDown)', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto('period=30d')
  await calls.rowsShown()
  await calls.rows.first().focus()
  for (let step = 0; step < 12; step++) await page.keyboard.press('ArrowDown')
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', '14')
  await expectInWindow(page, calls.focusedRow)

  await page.keyboard.press('End')
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', /^\d{3}$/)
  await expectInWindow(page, calls.focusedRow)

  await page.keyboard.press('Home')
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', '2')
  await expectInWindow(page, calls.focusedRow)

  await page.keyboard.press('PageDown')
  await expectInWindow(page, calls.focusedRow)
  await page.keyboard.press('ArrowUp')
  await expectInWindow(page, calls.focusedRow)
})

test('the table’s scroll box ends inside the window', async ({ callsPage: calls }) => {
  await calls.goto()
  await calls.rowsShown()
  const scroller = calls.scroller
  const bottom = await scroller.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY)
  const top = await scroller.evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
  // Either the box fits below what stands above it, or (little room left) it keeps its minimum height.
  expect(top < 768 - 360 ? bottom <= 768 : bottom - top <= 368).toBe(true)
})

test('the default columns fit the laptop: no sideways scrolling, Cost and Recording on screen', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto('period=30d')
  await calls.rowsShown()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    table: document.querySelector('.calls-scroll')?.scrollWidth ?? Infinity,
    box: document.querySelector('.calls-scroll')?.clientWidth ?? 0,
  }))
  expect(widths.page).toBeLessThanOrEqual(1366)
  expect(widths.table).toBeLessThanOrEqual(widths.box)
  for (const name of ['Cost', 'Recording']) {
    const header = calls.table.getByRole('columnheader', { name })
    await expect(header).toBeInViewport({ ratio: 1 })
  }
})

test('a status too long for its column ends in an ellipsis and is whole on hover and to a screen reader', async ({
  callsPage: calls,
}) => {
  await calls.goto('period=30d')
  await calls.rowsShown()
  const cut = await calls.rawStatuses.evaluateAll((nodes) =>
    nodes
      .filter((node) => node.scrollWidth > node.clientWidth)
      .map((node) => ({
        // The code itself, without the words only a screen reader hears around it.
        raw: Array.from(node.childNodes)
          .filter((child) => child.nodeType === Node.TEXT_NODE)
          .map((child) => child.textContent)
          .join(''),
        overflow: getComputedStyle(node).textOverflow,
        rowIndex: node.closest('[role="row"]')?.getAttribute('aria-rowindex') ?? '',
      })),
  )
  expect(cut.length).toBeGreaterThan(0)
  const first = cut[0]!
  expect(first.overflow).toBe('ellipsis')
  const row = calls.row(first.rowIndex)
  const status = row.getByRole('cell').nth(2)
  // Hover: the whole status as a tooltip. Screen reader: the whole text is the cell's (and row's) name.
  await expect(calls.hoverText(status)).toHaveAttribute('title', new RegExp(escape(first.raw.trim())))
  await expect(status).toContainText(first.raw.trim())
})

test('the keyboard-focused row shows its truncated status whole, without hovering', async ({
  callsPage: calls,
  page,
}) => {
  await calls.goto('period=30d')
  await calls.rowsShown()
  const rowIndex = await calls.rawStatuses.evaluateAll(
    (nodes) =>
      nodes
        .find((node) => node.scrollWidth > node.clientWidth)
        ?.closest('[role="row"]')
        ?.getAttribute('aria-rowindex') ?? '',
  )
  expect(rowIndex).not.toBe('')
  const row = calls.row(rowIndex)
  const full = await calls
    .hoverText(row.getByRole('cell').nth(2))
    .evaluate((element) => element.getAttribute('title') ?? '')
  expect(full).toContain('(')
  // The cell holds the label and the code apart, so only a whole-text display has them as one string.
  const whole = page.getByText(full)
  await expect(whole).toBeHidden()

  // Keys, not element.focus(): the display is for keyboard focus. Down one past the row, then back.
  await calls.rows.first().focus()
  for (let step = 0; step <= Number(rowIndex) - 2; step++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', rowIndex)
  await expect(whole).toBeVisible()
  await expectInWindow(page, whole)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('Back and “Back to calls” return to the same row, focused, at the same place in the list', async ({
  callsPage: calls,
  callPage: detail,
  page,
}) => {
  await calls.goto('period=30d')
  await calls.rowsShown()
  await calls.rows.first().focus()
  for (let step = 0; step < 25; step++) await page.keyboard.press('ArrowDown')
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', '27')
  const scroller = calls.scroller
  const scrolled = await scroller.evaluate((element) => element.scrollTop)
  expect(scrolled).toBeGreaterThan(200)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/calls\/[a-z]+\/[^?]+\?back=/)
  await page.goBack()
  await calls.rowsShown()
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', '27')
  expect(Math.abs((await scroller.evaluate((element) => element.scrollTop)) - scrolled)).toBeLessThan(40)
  await expectInWindow(page, calls.focusedRow)

  await page.keyboard.press('Enter')
  await expect(detail.backLink).toBeVisible()
  await detail.backLink.click()
  await calls.rowsShown()
  await expect(calls.focusedRow).toHaveAttribute('aria-rowindex', '27')
  expect(Math.abs((await scroller.evaluate((element) => element.scrollTop)) - scrolled)).toBeLessThan(40)
})

test('a recorded call plays inline from its row, nothing fetched before Play', async ({
  callsPage: calls,
  page,
}) => {
  // Media time runs on the real clock; the fixed one of beforeEach would keep it at 0.
  await page.clock.resume()
  await calls.goto('period=30d&source=leadping')
  await calls.rowsShown()
  const play = calls.table.getByRole('button', { name: /^Play recording of the call at / }).first()
  await expect(play).toBeVisible()
  // The first row's player (the button's name changes to Pause on Play, so not found through it).
  const audio = calls.inlineAudio.first()
  expect(await audio.evaluate((element: HTMLAudioElement) => element.readyState)).toBe(0)
  await play.click()
  await expect(calls.table.getByRole('button', { name: /^Pause recording of the call at / })).toBeVisible()
  expect(await audio.evaluate((element: HTMLAudioElement) => element.src)).toMatch(/^https?:\/\//)
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0)
  // Seeking in the row: the slider moves playback to the chosen second.
  const seek = calls.table.getByRole('slider', { name: /^Position in recording of the call at / }).first()
  await expect(seek).toBeVisible()
  const end = Number(await seek.getAttribute('max'))
  expect(end).toBeGreaterThan(4)
  await seek.fill(String(end - 2))
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThanOrEqual(end - 2)
})

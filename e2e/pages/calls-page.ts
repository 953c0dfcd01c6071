import type { Locator, Page } from '@playwright/test'
import { expect } from '../fixtures'

/** The calls page (`/calls`) as a user sees it: labelled controls, the table's rows and cells. */
export class CallsPage {
  readonly search: Locator
  readonly direction: Locator
  readonly period: Locator
  readonly start: Locator
  readonly end: Locator
  readonly zone: Locator
  readonly clearFilters: Locator
  readonly table: Locator
  readonly rows: Locator
  readonly summary: Locator
  /** What the search looked for and where, beside the count: 'matching "maria" in ids and …'. */
  readonly searchEcho: Locator
  /** One sync note per source ("Telnyx: synced 8 s ago · …"), collapsed behind "Sync details". */
  readonly syncNotes: Locator
  /** All sources in one line ("4 sources · synced 2 min ago · …"). */
  readonly syncLine: Locator
  readonly filters: Locator
  /** Shows or hides the volume chart (collapsed unless chosen, and remembered). */
  readonly chartToggle: Locator

  constructor(readonly page: Page) {
    this.filters = page.getByRole('region', { name: 'Filters' })
    this.search = page.getByRole('searchbox', { name: 'Search' })
    this.direction = page.getByRole('combobox', { name: 'Direction' })
    this.period = page.getByRole('combobox', { name: 'Period' })
    this.start = page.getByLabel(/^Start \(/)
    this.end = page.getByLabel(/^End \(/)
    this.zone = page.getByRole('combobox', { name: 'Time zone' })
    this.clearFilters = this.filters.getByRole('button', { name: 'Clear filters' })
    this.table = page.getByRole('table', { name: 'Calls' })
    this.rows = this.table.locator('.calls-body [role="row"]')
    this.summary = page.getByTestId('result-summary')
    this.searchEcho = page.getByTestId('search-echo')
    // Hidden until Sync details is pressed; their text is read either way.
    this.syncNotes = page.getByRole('list', { name: 'Sync', includeHidden: true })
    this.syncLine = page.locator('.sync-line')
    this.chartToggle = page.getByRole('button', { name: /^(Show|Hide) volume chart$/ })
  }

  async goto(query = '') {
    await this.page.goto(`/calls${query ? `?${query}` : ''}`)
  }

  /** Waits until the rows shown are the answer for the URL (no skeleton, no old rows, no first load). */
  async settled() {
    await expect(this.summary).toBeVisible()
    await expect(this.page.locator('.updating')).toHaveCount(0, { timeout: 30_000 })
    await expect(this.table.locator('.calls-skeleton')).toHaveCount(0)
  }

  /** Waits for rows of the current filters (at least one). */
  async rowsShown() {
    await this.settled()
    await expect(this.rows.first()).toBeVisible({ timeout: 15_000 })
  }

  /** Ticks a box of a multi-select (the URL, and so the box, update a moment after the click). */
  async tick(name: 'Status' | 'Source', option: string) {
    const box = (await this.multiSelect(name)).getByRole('menuitemcheckbox', { name: option })
    await box.click()
    await expect(box).toBeChecked()
  }

  /** The text of one column in every rendered row. */
  async column(id: string): Promise<string[]> {
    return this.table.locator(`.calls-body [role="row"] .col-${id}`).allInnerTexts()
  }

  /** Every rendered row's time as ISO (the `datetime` of its time element). */
  async times(): Promise<string[]> {
    const values = await this.table
      .locator('.calls-body .col-time time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
    return values
  }

  /** The button of a multi-select menu; its name is "Status: Any", "Source: Leadping, Skipcall"… */
  menuButton(name: 'Status' | 'Source'): Locator {
    return this.filters.getByRole('button', { name: new RegExp(`^${name}: `) })
  }

  /** The open menu of a multi-select. */
  menu(name: 'Status' | 'Source'): Locator {
    return this.filters.getByRole('menu', { name })
  }

  /** One checkable item of a multi-select's open menu. */
  menuItem(name: 'Status' | 'Source', option: string): Locator {
    return this.menu(name).getByRole('menuitemcheckbox', { name: option })
  }

  /** The button below the table that loads the next page of calls, when there is one. */
  loadMoreCalls(): Locator {
    return this.page.getByRole('button', { name: 'Load more calls' })
  }

  /** Opens a multi-select (Status, Source) and returns its menu of checkable items. */
  async multiSelect(name: 'Status' | 'Source'): Promise<Locator> {
    const menu = this.menu(name)
    if (!(await menu.isVisible())) await this.menuButton(name).click()
    await expect(menu).toBeVisible()
    return menu
  }

  async closeMultiSelect(name: 'Status' | 'Source') {
    await this.menuButton(name).click()
    await expect(this.menu(name)).toHaveCount(0)
  }

  /** Opens the per-source sync notes below the one-line summary. */
  async showSyncDetails() {
    const details = this.syncLine.getByRole('button', { name: 'Sync details' })
    if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click()
    await expect(this.syncNotes).toBeVisible()
  }

  /** Opens the volume chart if it is closed (the choice is remembered in this browser). */
  async showVolumeChart(): Promise<Locator> {
    await expect(this.chartToggle).toBeVisible({ timeout: 15_000 })
    if ((await this.chartToggle.getAttribute('aria-expanded')) !== 'true') await this.chartToggle.click()
    await expect(this.chartToggle).toHaveAttribute('aria-expanded', 'true')
    return this.page.getByRole('region', { name: 'Call volume' })
  }

  syncNote(name: string): Locator {
    return this.syncNotes
      .getByRole('listitem', { includeHidden: true })
      .filter({ hasText: new RegExp(`^${name}: `) })
  }

  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name)
  }

  /** The count of all matching calls (the first number of the summary). */
  async summaryCount(): Promise<number> {
    const text = (await this.summary.textContent()) ?? ''
    return Number(/([\d,]+) calls?/.exec(text)?.[1]?.replaceAll(',', '') ?? 'NaN')
  }
}

/** Drops the browser's console lines for answers of one HTTP status that a test provokes on purpose. */
export function allowStatus(errors: string[], status: number) {
  const kept = errors.filter((error) => !error.includes(`status of ${status} `))
  errors.splice(0, errors.length, ...kept)
}

/** A lead lookup by id answers 404 for an id Leadping does not know, which the browser logs. */
export function allowNotFound(errors: string[]) {
  allowStatus(errors, 404)
}

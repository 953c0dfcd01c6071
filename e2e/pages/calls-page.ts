import { expect, type Locator, type Page } from '@playwright/test'
import { AppPage } from './app-page'

/** The calls page (`/calls`) as a user sees it: labelled controls, the table's rows and cells. */
export class CallsPage extends AppPage {
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
  /** The row that has the keyboard focus (rows are focusable one at a time). */
  readonly focusedRow: Locator
  /** The time of every rendered row. */
  readonly rowTimes: Locator
  /** The provider's own status code beside the label, in every rendered row that has one. */
  readonly rawStatuses: Locator
  /** The lead links of the rows' party cells (Leadping calls). */
  readonly leadLinks: Locator
  /** The audio element of each row's inline player. */
  readonly inlineAudio: Locator
  /** The box the table scrolls in. */
  readonly scroller: Locator
  /** The filters' GET form, which works before (and without) JavaScript. */
  readonly filtersForm: Locator
  /** Markup a hostile provider value could inject into the table if it were rendered as HTML. */
  readonly injectedMarkup: Locator

  /** The Columns disclosure (a `<details>`, so it opens before hydration). */
  readonly columnMenu: Locator

  constructor(page: Page) {
    super(page)
    this.filters = page.getByRole('region', { name: 'Filters' })
    this.search = page.getByRole('searchbox', { name: 'Search' })
    this.direction = page.getByRole('combobox', { name: 'Direction' })
    this.period = page.getByRole('combobox', { name: 'Period' })
    this.start = page.getByLabel(/^Start \(/)
    this.end = page.getByLabel(/^End \(/)
    this.zone = page.getByRole('combobox', { name: 'Time zone' })
    this.clearFilters = this.filters.getByRole('link', { name: 'Clear filters' })
    this.table = page.getByRole('table', { name: 'Calls' })
    this.columnMenu = page.locator('details.column-menu')
    this.rows = this.table.locator('.calls-body [role="row"]')
    this.summary = page.getByTestId('result-summary')
    this.searchEcho = page.getByTestId('search-echo')
    // Hidden until Sync details is pressed; their text is read either way.
    this.syncNotes = page.getByRole('list', { name: 'Sync', includeHidden: true })
    this.syncLine = page.locator('.sync-line')
    this.chartToggle = page.getByRole('button', { name: /^(Show|Hide) volume chart$/ })
    this.focusedRow = this.table.locator('.calls-body [role="row"]:focus')
    this.rowTimes = this.table.locator('.calls-body .col-time time')
    this.rawStatuses = this.table.locator('.calls-body .raw-status')
    this.leadLinks = this.table.locator('.calls-body .col-party a')
    this.inlineAudio = this.table.locator('.inline-player audio')
    this.scroller = page.locator('.calls-scroll')
    this.filtersForm = this.filters.locator('form')
    this.injectedMarkup = this.table.locator('script, img, b, i, iframe')
  }

  /** A body row by its `aria-rowindex` (the header row is 1, the first call 2). */
  row(rowIndex: number | string): Locator {
    return this.table.locator(`[role="row"][aria-rowindex="${rowIndex}"]`)
  }

  /** A column's sort link ("Sort by duration", "…, now descending"): a link, so it works before hydration. */
  sortLink(column: string): Locator {
    return this.table.getByRole('link', { name: new RegExp(`^Sort by ${column}`) })
  }

  /** One column's cell of a row (e.g. 'time', 'direction', 'status'). */
  cell(row: Locator, id: string): Locator {
    return row.locator(`.col-${id}`)
  }

  /** The status label ("Completed", "Busy" …) of a row. */
  statusLabel(row: Locator): Locator {
    return row.locator('.status-badge')
  }

  /** The status labels of every rendered row. */
  statusLabels(): Promise<string[]> {
    return this.statusLabel(this.table.locator('.calls-body')).allInnerTexts()
  }

  /** The link of a row's time to its call page. */
  callLink(row: Locator): Locator {
    return row.locator('.call-link')
  }

  /** The first element with a hover text (title) inside a cell. */
  hoverText(cell: Locator): Locator {
    return cell.locator('[title]').first()
  }

  /** How many time zones the zone select offers. */
  zoneOptionCount(): Promise<number> {
    return this.zone.locator('option').count()
  }

  /** Presses a page-wide keyboard shortcut (e.g. "/" for search) with nothing focused. */
  async shortcut(key: string) {
    await this.page.locator('body').press(key)
  }

  /** The total of each bucket in the volume chart's table (shown by "Show the counts as a table"). */
  volumeTotals(chart: Locator): Promise<string[]> {
    return chart.locator('table tbody tr td:last-child').allTextContents()
  }

  /** One count in the volume chart's tooltip ("Answered", "No answer / voicemail" …). */
  tooltipCount(tooltip: Locator, name: string): Locator {
    return tooltip.locator('.vc-tooltip-row', { hasText: name }).locator('dd')
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
    const values = await this.rowTimes.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('datetime') ?? ''),
    )
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

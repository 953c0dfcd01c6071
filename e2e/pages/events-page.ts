import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { eventsHref } from '#config/paths'
import { AppPage } from './app-page'

/** The /events page as a user sees it: filters by label, rows by table cells, pages by buttons. */
export class EventsPage extends AppPage {
  readonly filters: Locator
  readonly table: Locator
  readonly rows: Locator
  readonly indicator: Locator
  readonly alert: Locator
  /** The time of every shown row, printed in the chosen zone. */
  readonly times: Locator

  constructor(page: Page) {
    super(page)
    this.filters = page.getByRole('form', { name: 'Event filters' })
    this.table = page.getByRole('table')
    this.rows = this.table.locator('tbody > tr')
    this.indicator = page.getByRole('navigation', { name: 'Pages' }).getByRole('status')
    this.alert = page.getByRole('alert')
    this.times = this.rows.locator('time')
  }

  async goto(query = '') {
    await this.page.goto(eventsHref(new URLSearchParams(query)))
    await expect(this.page.getByRole('heading', { level: 1, name: 'Telnyx events' })).toBeVisible()
  }

  field(label: string) {
    return this.filters.getByLabel(label, { exact: true })
  }

  get occurredOperator() {
    return this.filters.getByRole('group', { name: 'Occurred at' }).getByLabel('Operator')
  }

  get occurredValue() {
    return this.filters.getByRole('group', { name: 'Occurred at' }).getByLabel('Date and time')
  }

  get applyButton() {
    return this.filters.getByRole('button', { name: 'Apply filters' })
  }

  async apply() {
    await this.applyButton.click()
  }

  /** The ISO instant of every shown row (its `<time datetime>`). */
  async instants(): Promise<string[]> {
    return this.times.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
  }

  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name)
  }

  /** Waits until the list shows a settled page (not the previous one kept while loading). */
  async settled() {
    await expect(this.page.locator('.ev-results[aria-busy="false"]')).toBeVisible()
    await expect(this.rows.first()).toBeVisible()
  }

  /** The text of one column for every shown row (columns: time, name, type, leg, session, notes, metadata). */
  async column(index: number): Promise<string[]> {
    return this.rows.locator(`td:nth-child(${index + 1})`).allTextContents()
  }

  /** A step of the pager: a link (so it works before hydration), disabled where there is no such page. */
  pagerStep(name: 'First' | 'Previous' | 'Next' | 'Last'): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: `${name} page` })
  }

  async goToPage(name: 'First' | 'Previous' | 'Next' | 'Last') {
    const step = this.pagerStep(name)
    await step.click()
  }
}

type TelnyxApiPage = {
  data: { name: string; type: string; call_session_id: string; event_timestamp: string }[]
  meta: { page_number: number; total_pages: number; total_results: number }
}

/** The same list straight from the gateway, to compare what the page shows with what Telnyx says. */
export async function telnyxApiPage(request: APIRequestContext, filters: string, page: number, size = 20) {
  const response = await request.get(
    `/api/telnyx/v2/call_events?${filters}${filters ? '&' : ''}page[number]=${page}&page[size]=${size}`,
  )
  expect(response.status()).toBe(200)
  return (await response.json()) as TelnyxApiPage
}

import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { E2E_NOW } from '../../playwright.config'
import { callHref, leadHref } from '#config/paths'
import { AppPage } from './app-page'

/** Lead ids the simulator finds in its own data (GET /sim-admin/status). */
export type LeadExamples = {
  showcaseLeadId: string
  showcaseLeadPhone: string
  testLeadId: string
  warmupLeadId: string
  hostileLeadIds: string[]
}

export async function leadExamples(request: APIRequestContext, baseURL = ''): Promise<LeadExamples> {
  const response = await request.get(`${baseURL}/sim-admin/status`)
  const body = (await response.json()) as { examples: LeadExamples }
  return body.examples
}

/** A Leadping call of the lead, through the gateway as the SPA would ask for it. */
export async function leadpingCallOf(request: APIRequestContext, leadId: string): Promise<string> {
  const response = await request.post(`/api/leadping/events/calls/lead/${leadId}`, {
    data: { pageSize: 5, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
  })
  const body = (await response.json()) as { items: { id: string }[] }
  const first = body.items[0]
  if (!first) throw new Error(`lead ${leadId} has no Leadping call`)
  return first.id
}

/**
 * The newest Telnyx call of a number that is older than 24 hours at the simulator's "now", from the call
 * index (the browser once could not find these: Telnyx's own search covers only the last 24 hours).
 */
export async function oldTelnyxCallOf(request: APIRequestContext, phone: string): Promise<string | null> {
  const end = new Date(Date.parse(E2E_NOW) - 25 * 3_600_000).toISOString()
  const params = new URLSearchParams({ q: phone, source: 'telnyx', end, limit: '1' })
  const response = await request.get(`/api/calls?${params.toString()}`)
  expect(response.ok()).toBe(true)
  const body = (await response.json()) as { calls: { id: string }[] }
  return body.calls[0]?.id ?? null
}

export class LeadPage extends AppPage {
  readonly heading: Locator
  readonly details: Locator
  readonly list: Locator
  /** Timeline items only (each item holds its own list of steps). */
  readonly items: Locator
  readonly status: Locator
  readonly loadMore: Locator
  readonly filters: Locator
  readonly trafficToggle: Locator
  /** The filters' submit button: what applies them before hydration (afterwards every control does). */
  readonly applyFilters: Locator
  /** A link to this lead with the filters cleared (a link, so it works before hydration). */
  readonly clearFilters: Locator
  /** "Loading Leadping lead timeline…": a source the timeline is still waiting for while it shows the others. */
  readonly sourcesLoading: Locator
  /** The lead's own time in its details ("2026-11-13 01:21:15 GMT+1"). */
  readonly detailsTime: Locator
  /** The warm-up or test traffic label of the items that carry one. */
  readonly trafficLabels: Locator
  /** Markup a hostile lead's texts could inject into the page if they were rendered as HTML. */
  readonly injectedMarkup: Locator

  constructor(page: Page) {
    super(page)
    this.heading = page.getByRole('heading', { level: 1 })
    this.details = page.getByRole('region', { name: 'Lead details' })
    this.list = page.getByRole('list', { name: 'Activity, newest first' })
    this.items = this.list.locator(':scope > li')
    this.status = page.getByTestId('timeline-status')
    this.loadMore = page.getByRole('button', { name: 'Load more' })
    this.filters = page.getByRole('form', { name: 'Timeline filters' })
    this.trafficToggle = this.filters.getByRole('checkbox', { name: /Show warm-up and test traffic/ })
    this.applyFilters = this.filters.getByRole('button', { name: 'Apply filters' })
    this.clearFilters = this.filters.getByRole('link', { name: 'Clear filters' })
    this.sourcesLoading = page.locator('.lead-source-notes').getByRole('status')
    this.detailsTime = this.details.locator('time')
    this.trafficLabels = this.items.locator('.lead-traffic')
    this.injectedMarkup = page.locator('main script, main img[src="x"], main iframe')
  }

  /** Every item's outcome ("Delivered", "Opted out" …), in list order. */
  outcomes(): Promise<string[]> {
    return this.items.locator('.lead-outcome').allTextContents()
  }

  /** The items whose outcome contains `text`. */
  itemsWithOutcome(text: string): Locator {
    return this.items.filter({ has: this.page.locator('.lead-outcome', { hasText: text }) })
  }

  /** The items labelled as warm-up or test traffic of that kind ("Warm-up", "Test"). */
  itemsOfTraffic(kind: string): Locator {
    return this.items.filter({ has: this.page.locator('.lead-traffic', { hasText: kind }) })
  }

  /** The retry note of a message that waits to be sent again ("Last error 40002. Next retry …"). */
  retryNote(items: Locator): Locator {
    return items.locator('.lead-retry')
  }

  /** The item with that id (`data-item-id`, e.g. "leadping:…"). */
  itemById(id: string): Locator {
    return this.list.locator(`:scope > li[data-item-id="${id}"]`)
  }

  /** The items that came from one source (ids start with the source's name). */
  itemsFrom(source: string): Locator {
    return this.list.locator(`:scope > li[data-item-id^="${source}:"]`)
  }

  /** The items that came from any other source. */
  itemsNotFrom(source: string): Locator {
    return this.list.locator(`:scope > li:not([data-item-id^="${source}:"])`)
  }

  /** Opens a lead with the browser's clock fixed at the simulator's "now" (rules relative to now). */
  async open(leadId: string, query = '', baseURL = '') {
    await this.page.clock.setFixedTime(new Date(E2E_NOW))
    await this.page.goto(`${baseURL}${leadHref(leadId)}${query ? `?${query}` : ''}`)
  }

  /**
   * Starts opening a lead and returns once the server's HTML has begun to arrive, without waiting for the
   * page's load event (which a test holding the scripts back would never see).
   */
  async startOpening(leadId: string, query = '') {
    await this.page.clock.setFixedTime(new Date(E2E_NOW))
    await this.page.goto(`${leadHref(leadId)}${query ? `?${query}` : ''}`, { waitUntil: 'commit' })
  }

  /** The page's URL parameters. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams
  }

  /**
   * Waits for the first answer of every source: the lead record, Leadping's lead timeline and calls, and
   * the call index's first page per number, which takes a few seconds on a busy machine, hence the longer
   * wait than expect's default.
   */
  /** The page's alert once it says the lead could not be loaded (after the automatic retries). */
  async loadFailure(): Promise<Locator> {
    const alert = this.page.getByRole('alert')
    await expect(alert).toContainText('The lead could not be loaded', { timeout: 20_000 })
    return alert
  }

  /** Retry in `alert`, and the showcase lead (Malik Garcia) loads with its timeline. */
  async retryLoadsShowcase(alert: Locator) {
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(this.heading).toHaveText('Malik Garcia')
    await this.waitForTimeline()
  }

  async waitForTimeline() {
    await expect(this.status).toHaveText(/^Showing /, { timeout: 30_000 })
    // A source slower than the timeline's patience joins after the first items show.
    await expect(this.sourcesLoading).toHaveCount(0, { timeout: 30_000 })
  }

  kind(label: string): Locator {
    return this.filters.getByRole('checkbox', { name: label, exact: true })
  }

  /** One of the filters' selects: "Direction", "Outcome" or "Period". */
  select(label: string): Locator {
    return this.filters.getByLabel(label, { exact: true })
  }

  /** Links to one call's page in the timeline: the item's own "Open call", or "Also reported by". */
  callLink(source: string, id: string): Locator {
    return this.list.locator(`a[href^="${callHref(source, id)}"]`)
  }

  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { level: 3, name: title }) })
  }

  async itemIds(): Promise<string[]> {
    return this.items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-item-id') ?? ''))
  }

  /** The `datetime` of each item's own time, in list order. */
  async itemTimes(): Promise<string[]> {
    return this.items.evaluateAll((nodes) =>
      nodes.map((node) => node.querySelector('.lead-item-time time')?.getAttribute('datetime') ?? ''),
    )
  }

  /** Presses "Load more" (by keyboard, as its users would) until the timeline says it has ended. */
  async readToEnd() {
    await expect(async () => {
      const text = (await this.status.textContent()) ?? ''
      if (/end of the timeline/.test(text)) return
      if ((await this.loadMore.isVisible()) && (await this.loadMore.isEnabled())) {
        await this.loadMore.focus()
        await this.page.keyboard.press('Enter')
      }
      throw new Error(`the timeline is still being read: ${text}`)
    }).toPass({ timeout: 60_000, intervals: [250, 500, 1000] })
  }
}

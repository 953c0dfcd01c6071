// Issue 12: a lead page's complete activity. Cold load of /leads/:id; the time is from navigation
// start to the first frame where the timeline's status line (LeadPage.status) says "end of the
// timeline", pressing the timeline's own "Load more" (LeadPage.loadMore) whenever it is offered (as
// someone reading to the end would). Also the first frame with an activity entry, and the /api
// requests sent until the end.
import type { Browser, Page } from '@playwright/test'
import { LeadPage } from '../../e2e/pages/lead-page'
import { leadHref } from '#config/paths'
import { trackApi } from './api-transfer'
import { openPage } from './browser'
import { WAIT_TIMEOUT_MS } from './config'
import { summarize } from './stats'

type Watched = { t: number | null; firstEntry: number | null; items: number; text: string }

/**
 * Runs inside the page: resolves at the first frame whose status line says the timeline ended (or after
 * `timeoutMs`). The CSS twins of LeadPage.status and LeadPage.items, because the timing is per frame.
 */
const untilComplete = (timeoutMs: number) => `new Promise((resolve) => {
  let firstEntry = null
  const check = () => {
    const text = document.querySelector('[data-testid="timeline-status"]')?.textContent ?? ''
    const items = document.querySelectorAll('main ol[aria-label="Activity, newest first"] > li').length
    const t = performance.now()
    if (firstEntry === null && items > 0) firstEntry = t
    if (text.includes('end of the timeline')) return resolve({ t, firstEntry, items, text })
    if (t > ${Number(timeoutMs)}) return resolve({ t: null, firstEntry, items, text })
    requestAnimationFrame(check)
  }
  check()
})`

/** Presses "Load more" whenever it is offered until `done` settles; returns how many times it did. */
async function readToEnd(page: Page, done: Promise<Watched>): Promise<number> {
  const lead = new LeadPage(page)
  let finished = false
  void done.finally(() => (finished = true))
  let clicks = 0
  while (!finished) {
    // The button is replaced while a page loads: a press that finds it gone is simply tried again.
    const offered = await lead.loadMore.isEnabled({ timeout: 100 }).catch(() => false)
    if (offered && !finished) {
      const pressed = await lead.loadMore.click({ timeout: 1_000 }).then(
        () => true,
        () => false,
      )
      if (pressed) clicks++
    }
    await page.waitForTimeout(16)
  }
  return clicks
}

async function oneLoad(browser: Browser, baseURL: string, path: string) {
  const session = await openPage(browser, baseURL)
  try {
    const api = await trackApi(session.cdp)
    await session.page.goto(path, { waitUntil: 'commit' })
    const watching = session.page.evaluate<Watched>(untilComplete(WAIT_TIMEOUT_MS))
    const clicks = await readToEnd(session.page, watching)
    const done = await watching
    const transfer = await api.until(session.page, done.t ?? WAIT_TIMEOUT_MS)
    return {
      completeMs: done.t,
      firstEntryMs: done.firstEntry,
      items: done.items,
      status: done.text,
      loadMoreClicks: clicks,
      apiRequests: transfer.requests,
      apiBytes: transfer.bytes,
      apiLog: transfer.log,
      errors: session.errors.slice(0, 5),
    }
  } finally {
    await session.close()
  }
}

export async function measureLeadPage(
  browser: Browser,
  baseURL: string,
  leadId: string,
  { runs, log }: { runs: number; log: (line: string) => void },
) {
  const path = leadHref(leadId)
  await oneLoad(browser, baseURL, path) // warms the server, not the browser (new context each run)
  const samples = []
  for (let i = 0; i < runs; i++) {
    const run = await oneLoad(browser, baseURL, path)
    samples.push(run)
    log(
      `  lead run ${i + 1}/${runs}: first entry ${Math.round(run.firstEntryMs ?? NaN)} ms, complete ` +
        `${run.completeMs === null ? 'not reached' : `${Math.round(run.completeMs)} ms`} (${run.items} items, ` +
        `${run.apiRequests} /api requests, ${run.loadMoreClicks} Load more)`,
    )
  }
  return {
    path,
    complete: summarize(samples.map((s) => s.completeMs)),
    firstEntry: summarize(samples.map((s) => s.firstEntryMs)),
    items: samples.at(-1)?.items ?? null,
    apiRequests: summarize(
      samples.map((s) => s.apiRequests),
      0,
    ),
    apiBytes: summarize(
      samples.map((s) => s.apiBytes),
      0,
    ),
    samples,
  }
}

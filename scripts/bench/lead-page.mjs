// Issue 12: a lead page's complete activity. Cold load of /leads/:id; the time is from navigation
// start to the first frame where the timeline's status line (src/features/lead/components/
// lead-timeline.tsx, `data-testid="timeline-status"`) says "end of the timeline", pressing the
// timeline's own "Load more" whenever it is offered (as someone reading to the end would). Also the
// first frame with an activity entry, and the /api requests sent until the end.
import { openPage } from './browser.mjs'
import { trackApi } from './api-transfer.mjs'
import { WAIT_TIMEOUT_MS } from './config.mjs'
import { summarize } from './stats.mjs'

const LEAD = {
  status: '[data-testid="timeline-status"]',
  complete: 'end of the timeline',
  entry: 'main ol.lead-items > li',
  loadMore: 'main button.lead-load-more',
}

const untilComplete = (timeoutMs) => `new Promise((resolve) => {
  const sel = ${JSON.stringify(LEAD)}
  let firstEntry = null
  let clicks = 0
  const check = () => {
    const text = document.querySelector(sel.status)?.textContent ?? ''
    const items = document.querySelectorAll(sel.entry).length
    const t = performance.now()
    if (firstEntry === null && items > 0) firstEntry = t
    if (text.includes(sel.complete)) return resolve({ t, firstEntry, items, text, clicks })
    const more = document.querySelector(sel.loadMore)
    if (more && !more.disabled) {
      more.click()
      clicks++
    }
    if (t > ${Number(timeoutMs)}) return resolve({ t: null, firstEntry, items, text, clicks })
    requestAnimationFrame(check)
  }
  check()
})`

async function oneLoad(browser, baseURL, path) {
  const session = await openPage(browser, baseURL)
  try {
    const api = await trackApi(session.cdp)
    await session.page.goto(path, { waitUntil: 'commit' })
    const done = await session.page.evaluate(untilComplete(WAIT_TIMEOUT_MS))
    const transfer = await api.until(session.page, done.t ?? WAIT_TIMEOUT_MS)
    return {
      completeMs: done.t,
      firstEntryMs: done.firstEntry,
      items: done.items,
      status: done.text,
      loadMoreClicks: done.clicks,
      apiRequests: transfer.requests,
      apiBytes: transfer.bytes,
      apiLog: transfer.log,
      errors: session.errors.slice(0, 5),
    }
  } finally {
    await session.close()
  }
}

export async function measureLeadPage(browser, baseURL, leadId, { runs, log }) {
  const path = `/leads/${leadId}`
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

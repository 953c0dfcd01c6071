// Interaction latency on the calls page, measured inside the page: from the input event's own
// timestamp (the moment the person acted) to the first animation frame that shows the result.
import { openPage, waitInPage } from './browser.mjs'
import { WAIT_TIMEOUT_MS } from './config.mjs'
import { drive } from './drive-control.mjs'
import { summarizeProfile, withProfile } from './profile.mjs'
import { CSS, FILTER_CHANGES, callsUrl, timelineShown } from './selectors.mjs'
import { summarize } from './stats.mjs'

/** Opens /calls in a fresh context and waits until its first rows are in and the loading settled. */
async function openCalls(browser, baseURL, cpuThrottle) {
  const session = await openPage(browser, baseURL, { cpuThrottle })
  await session.page.goto(callsUrl(), { waitUntil: 'load' })
  const rows = await session.page
    .waitForFunction(() => window.__bench?.firstRows, null, { timeout: WAIT_TIMEOUT_MS, polling: 100 })
    .then(
      () => true,
      () => false,
    )
  if (rows) await session.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {})
  return { ...session, rows }
}

/** Records the timestamp of the first input event from now on (pointer, key, change). */
function arm(page) {
  return page.evaluate(() => {
    const b = window.__bench
    b.inputAt = null
    b.sawBusy = false
    if (b.inputListening) return
    b.inputListening = true
    for (const type of ['pointerdown', 'keydown', 'input', 'change']) {
      window.addEventListener(
        type,
        (event) => {
          if (b.inputAt === null) b.inputAt = event.timeStamp
        },
        { capture: true },
      )
    }
  })
}

/**
 * The table shows the new rows when it is no longer busy (aria-busy marks old rows kept while the new
 * filter loads) and either its rows changed or it was busy in between: a wider period keeps the same
 * newest rows on top, so only the busy → settled transition shows that its answer arrived.
 */
const newRows = ({ sig }) => {
  const b = window.__bench
  const rows = b.countRows()
  if (rows.busy) {
    b.sawBusy = true
    return null
  }
  const changed = b.signature() !== sig
  return rows.dom > 0 && (changed || b.sawBusy)
    ? { ...rows, changed, url: location.pathname + location.search }
    : null
}

/** Runs `work`, under the CPU profiler when `profile` is set (then only the profile is of interest). */
async function maybeProfiled(session, profile, work) {
  if (!profile) return { value: await work(), cpu: null }
  const { value, profile: cpu } = await withProfile(session.cdp, work)
  return { value, cpu: summarizeProfile(cpu) }
}

async function oneFilterChange(browser, baseURL, change, cpuThrottle, profile = false) {
  const session = await openCalls(browser, baseURL, cpuThrottle)
  try {
    if (!session.rows) return { ms: null, method: null, note: 'no rows on /calls' }
    const sig = await session.page.evaluate(() => window.__bench.signature())
    const { value, cpu } = await maybeProfiled(session, profile, async () => {
      const outcome = await drive(session.page, change, () => arm(session.page))
      return { outcome, shown: await waitInPage(session.page, newRows, { sig }, WAIT_TIMEOUT_MS) }
    })
    if (cpu) return { profile: cpu }
    const { outcome, shown } = value
    const start = await session.page.evaluate((t0) => window.__bench.inputAt ?? t0, outcome.t0 ?? null)
    const url = shown?.value?.url ?? null
    return {
      ms: shown && start !== null ? shown.t - start : null,
      method: outcome.method,
      urlHasFilter: url === null ? null : url.includes(change.params),
      rowsLoaded: shown?.value?.loaded ?? null,
      rowsChanged: shown?.value?.changed ?? null,
      note: shown ? null : 'the rows did not change',
    }
  } finally {
    await session.close()
  }
}

async function oneRowOpen(browser, baseURL, cpuThrottle, profile = false) {
  const session = await openCalls(browser, baseURL, cpuThrottle)
  try {
    if (!session.rows) return { ms: null, note: 'no rows on /calls' }
    // The first data row of the calls table (found by the probe, which knows which table that is).
    const inside = await session.page.evaluate((dataRow) => {
      const row = window.__bench.table()?.querySelector(dataRow)
      if (!row) return null
      row.focus()
      if (row.contains(document.activeElement)) return true
      row.querySelector('a[href]')?.focus()
      return false
    }, CSS.dataRow)
    if (inside === null) return { ms: null, note: 'no row to focus' }
    await arm(session.page)
    const { value: shown, cpu } = await maybeProfiled(session, profile, async () => {
      await session.page.keyboard.press('Enter')
      return waitInPage(session.page, timelineShown, null, WAIT_TIMEOUT_MS)
    })
    if (cpu) return { profile: cpu }
    const start = await session.page.evaluate(() => window.__bench.inputAt)
    return {
      ms: shown && start !== null ? shown.t - start : null,
      focus: inside ? 'row' : 'link in row',
      url: new URL(session.page.url()).pathname,
      note: shown ? null : 'no timeline appeared',
    }
  } finally {
    await session.close()
  }
}

function summarizeRuns(runs) {
  return {
    ...summarize(runs.map((r) => r.ms)),
    methods: [...new Set(runs.map((r) => r.method ?? r.focus).filter(Boolean))],
    notes: [...new Set(runs.map((r) => r.note).filter(Boolean))],
    samples: runs,
  }
}

export async function measureInteractions(browser, baseURL, { runs, cpuThrottle = 1, log, profile = false }) {
  const result = { cpuThrottle, filters: {}, openCall: null }
  for (const change of FILTER_CHANGES) {
    const samples = []
    for (let i = 0; i < runs; i++) {
      samples.push(await oneFilterChange(browser, baseURL, change, cpuThrottle))
      if (samples[0]?.note === 'no rows on /calls') break
    }
    result.filters[change.name] = summarizeRuns(samples)
    if (profile && samples[0]?.ms !== null) {
      result.filters[change.name].profile = (
        await oneFilterChange(browser, baseURL, change, cpuThrottle, true)
      ).profile
    }
    log(`  filter ${change.name}: median ${result.filters[change.name].median ?? '—'} ms`)
  }
  const opens = []
  for (let i = 0; i < runs; i++) {
    opens.push(await oneRowOpen(browser, baseURL, cpuThrottle))
    if (opens[0]?.note === 'no rows on /calls') break
  }
  result.openCall = summarizeRuns(opens)
  if (profile && opens[0]?.ms !== null) {
    result.openCall.profile = (await oneRowOpen(browser, baseURL, cpuThrottle, true)).profile
  }
  log(`  Enter on a row → timeline: median ${result.openCall.median ?? '—'} ms`)
  return result
}

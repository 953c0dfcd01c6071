// First load of a page in a fresh context (cold cache): First Contentful Paint, Largest Contentful
// Paint, when the first data rows are on screen and when at least MIN_FIRST_ROWS rows are loaded.
import { trackApi } from './api-transfer.mjs'
import { openPage, readProbe } from './browser.mjs'
import { MIN_FIRST_ROWS, WAIT_TIMEOUT_MS } from './config.mjs'
import { startTrace, stopTraceAndSum } from './main-thread.mjs'
import { summarizeProfile, withProfile } from './profile.mjs'
import { APP_MARKS } from './selectors.mjs'
import { summarize } from './stats.mjs'

async function oneLoad(
  browser,
  baseURL,
  path,
  cpuThrottle,
  { timeoutMs = WAIT_TIMEOUT_MS, profile = false } = {},
) {
  const session = await openPage(browser, baseURL, { cpuThrottle })
  try {
    const load = async () => {
      await session.page.goto(path, { waitUntil: 'commit' })
      return session.page
        .waitForFunction(() => window.__bench?.minRows, null, { timeout: timeoutMs, polling: 100 })
        .then(
          () => true,
          () => false,
        )
    }
    if (profile) {
      const { profile: cpu } = await withProfile(session.cdp, load)
      return { profile: summarizeProfile(cpu) }
    }
    const api = await trackApi(session.cdp)
    await startTrace(browser, session.page)
    const reached = await load()
    // LCP keeps updating while larger content paints; give it a moment after the rows.
    await session.page.waitForTimeout(cpuThrottle > 1 ? 800 : 300)
    const probe = await readProbe(session.page)
    // Main-thread CPU until the rows (or, on a page without rows, until its first paint).
    const mainThread = await stopTraceAndSum(browser, path, reached ? probe.minRows?.t : probe.fcp)
    const until = probe.minRows?.t ?? Infinity
    const early = probe.longTasks.filter((task) => task.start < until)
    // Issue 12: the /api requests sent, and their bytes, until the ≥ 50-rows frame.
    const transfer = await api.until(session.page, reached ? probe.minRows?.t : null)
    return {
      fcp: probe.fcp,
      lcp: probe.lcp?.t ?? null,
      lcpElement: probe.lcp?.element ?? null,
      firstRows: probe.firstRows?.t ?? null,
      firstRowsLoaded: probe.firstRows?.loaded ?? null,
      firstRowsDom: probe.firstRows?.dom ?? null,
      minRows: reached ? (probe.minRows?.t ?? null) : null,
      minRowsLoaded: probe.minRows?.loaded ?? null,
      appMark: probe.marks[APP_MARKS.firstRows]?.t ?? null,
      longTasksBeforeRows: early.length,
      longestTaskBeforeRows: early.reduce((m, t) => Math.max(m, t.duration), 0),
      cpuToRows: mainThread?.cpuMs ?? null,
      busyToRows: mainThread?.busyMs ?? null,
      rowsAtEnd: probe.rows,
      apiRequests: reached ? transfer.requests : null,
      apiBytes: reached ? transfer.bytes : null,
      apiDecodedBytes: reached ? transfer.decodedBytes : null,
      apiLog: transfer.log,
      errors: session.errors.slice(0, 5),
    }
  } finally {
    await session.close()
  }
}

const FIELDS = [
  'fcp',
  'lcp',
  'firstRows',
  'minRows',
  'appMark',
  'longestTaskBeforeRows',
  'cpuToRows',
  'busyToRows',
  'apiRequests',
  'apiBytes',
  'apiDecodedBytes',
]

function summarizeLoads(loads) {
  const out = {}
  for (const field of FIELDS) out[field] = summarize(loads.map((l) => l[field]))
  out.firstRowsLoaded = summarize(
    loads.map((l) => l.firstRowsLoaded),
    0,
  )
  out.lcpElements = [...new Set(loads.map((l) => l.lcpElement))]
  out.errors = [...new Set(loads.flatMap((l) => l.errors))].slice(0, 5)
  out.samples = loads.map(({ errors: _errors, ...rest }) => rest)
  return out
}

/**
 * Cold loads of the calls page and of the static baseline page, alternating (so background load on
 * the machine hits both alike), `runs` times each, at the given CPU throttling rate.
 */
export async function measureFirstLoad(
  browser,
  baseURL,
  { appPath, baselinePath, cpuThrottle, runs, log, profile = false },
) {
  const app = []
  const baseline = []
  // One unrecorded load warms the server (its caches, the JIT) without warming the browser's cache.
  // When it finds no rows at all, the page cannot show them yet: later runs wait only briefly.
  const warm = await oneLoad(browser, baseURL, appPath, 1)
  const timeoutMs = warm.firstRows === null ? 3_000 : WAIT_TIMEOUT_MS
  const profiled = profile
    ? await oneLoad(browser, baseURL, appPath, cpuThrottle, { timeoutMs, profile })
    : null
  if (warm.firstRows === null) log(`  no rows found on ${appPath}; the row timings stay empty`)
  for (let i = 0; i < runs; i++) {
    app.push(await oneLoad(browser, baseURL, appPath, cpuThrottle, { timeoutMs }))
    if (baselinePath) baseline.push(await oneLoad(browser, baseURL, baselinePath, cpuThrottle))
    const last = app[app.length - 1]
    log(
      `  ${cpuThrottle}x run ${i + 1}/${runs}: FCP ${fmt(last.fcp)} · first rows ${fmt(last.firstRows)} ` +
        `(${last.firstRowsLoaded ?? 0} loaded) · ${MIN_FIRST_ROWS}+ rows ${fmt(last.minRows)}`,
    )
  }
  return {
    cpuThrottle,
    path: appPath,
    rowsFound: warm.firstRows !== null,
    profile: profiled?.profile ?? null,
    app: summarizeLoads(app),
    baseline: baselinePath ? { path: baselinePath, ...summarizeLoads(baseline) } : null,
  }
}

const fmt = (ms) => (ms === null || ms === undefined ? '—' : `${Math.round(ms)} ms`)

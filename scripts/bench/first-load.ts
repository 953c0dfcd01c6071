// First load of a page in a fresh context (cold cache): First Contentful Paint, Largest Contentful
// Paint (and whether its element is a row), when the first data rows are on screen and when at least
// MIN_FIRST_ROWS rows are loaded, the layout shift until a second after the rows; and, in one more cold
// load per run, when the page is hydrated and when a filter change (Direction → Inbound) has worked.
import type { Browser, CDPSession, Page } from '@playwright/test'
import { trackApi } from './api-transfer'
import { openPage, readProbe } from './browser'
import { MIN_FIRST_ROWS, WAIT_TIMEOUT_MS } from './config'
import { layoutShiftUntil, lcpPlace } from './first-load-figures'
import type { LcpCandidate } from './main-thread'
import { startTrace, stopTraceAndSum } from './main-thread'
import { describeLcpNode, installFilterProbe } from './page-probe'
import type { FilterProbeState, LcpEntry } from './probe-types'
import { summarizeProfile, withProfile, type ProfileSummary } from './profile'
import { APP_MARKS, CSS, HYDRATION_FILTER } from './in-page-markup'
import { summarize, type Summary } from './stats'

/** Layout shifts count from navigation until this long after the rows (issue 15: CLS = 0 on load). */
export const CLS_WINDOW_AFTER_ROWS_MS = 1_000
/** How long the unrecorded warm-up load waits, after its rows, for the hydration mark. */
const MARK_GRACE_MS = 5_000

/**
 * The LCP element as the page saw it when the entry arrived; when the page could not name it (the entry's
 * element is null: in a user-agent shadow tree such as an input's placeholder, or already removed), the
 * trace's last candidate resolved over CDP, when it has the same size.
 */
type LcpNode = Partial<LcpEntry> & { path?: string | null; inTable?: boolean | null; inRow?: boolean | null }

async function lcpNode(
  cdp: CDPSession,
  fromPage: LcpEntry | null,
  candidate: LcpCandidate | null | undefined,
): Promise<LcpNode | null> {
  if (fromPage?.path || !candidate?.nodeId) return fromPage ?? null
  if (fromPage && fromPage.size !== candidate.size) return fromPage
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: candidate.nodeId })
    if (!object.objectId) throw new Error('the node has no remote object')
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: describeLcpNode.toString(),
      arguments: [{ value: { tables: CSS.tables, dataRow: CSS.dataRow } }],
      returnByValue: true,
    })
    const described = result.value as { path: string; inTable: boolean; inRow: boolean } | null
    return described ? { ...fromPage, ...described } : { ...fromPage, path: candidate.nodeName }
  } catch {
    // The node is gone (collected): Chromium's short name for it is all there is.
    return { ...fromPage, path: `${candidate.nodeName} (gone)`, inTable: null, inRow: null }
  }
}

/** Navigates to `path`; true once at least MIN_FIRST_ROWS rows are in, false after `timeoutMs`. */
async function loadUntilRows(page: Page, path: string, timeoutMs: number): Promise<boolean> {
  await page.goto(path, { waitUntil: 'commit' })
  return page
    .waitForFunction(() => window.__bench?.minRows, null, { timeout: timeoutMs, polling: 100 })
    .then(
      () => true,
      () => false,
    )
}

/** One more load of `path` under the CPU profiler: where the time until the rows went. */
async function profiledLoad(
  browser: Browser,
  baseURL: string,
  path: string,
  cpuThrottle: number,
  timeoutMs: number,
): Promise<ProfileSummary> {
  const session = await openPage(browser, baseURL, { cpuThrottle })
  try {
    const { profile } = await withProfile(session.cdp, () => loadUntilRows(session.page, path, timeoutMs))
    return summarizeProfile(profile)
  } finally {
    await session.close()
  }
}

async function oneLoad(
  browser: Browser,
  baseURL: string,
  path: string,
  cpuThrottle: number,
  { timeoutMs = WAIT_TIMEOUT_MS, waitForMark = false }: { timeoutMs?: number; waitForMark?: boolean } = {},
) {
  const session = await openPage(browser, baseURL, { cpuThrottle })
  try {
    const load = () => loadUntilRows(session.page, path, timeoutMs)
    const api = await trackApi(session.cdp)
    await startTrace(browser, session.page)
    const reached = await load()
    // LCP keeps updating while larger content paints; give it a moment after the rows, and let the
    // layout-shift window (until a second after the rows) close.
    await session.page.waitForTimeout(cpuThrottle > 1 ? 800 : 300)
    await session.page
      .waitForFunction(
        (after) => {
          const b = window.__bench
          const rows = b.minRows?.t ?? b.firstRows?.t ?? b.fcp
          return rows !== null && rows !== undefined && performance.now() >= rows + after
        },
        CLS_WINDOW_AFTER_ROWS_MS,
        { timeout: 10_000, polling: 100 },
      )
      .catch(() => {})
    const markSeen =
      waitForMark && reached
        ? await session.page
            .waitForFunction(
              (mark) =>
                Boolean(window.__bench.marks[mark]) || document.documentElement.dataset.hydrated === 'true',
              APP_MARKS.hydrated,
              { timeout: MARK_GRACE_MS, polling: 100 },
            )
            .then(
              () => true,
              () => false,
            )
        : null
    const probe = await readProbe(session.page)
    // Main-thread CPU until the rows (or, on a page without rows, until its first paint).
    const mainThread = await stopTraceAndSum(browser, path, reached ? probe.minRows?.t : probe.fcp)
    const until = probe.minRows?.t ?? Infinity
    const early = probe.longTasks.filter((task) => task.start < until)
    const rowsAt = (reached ? probe.minRows?.t : null) ?? probe.firstRows?.t ?? null
    const lcp = await lcpNode(session.cdp, probe.lcp, mainThread?.lcpCandidate)
    const shift = layoutShiftUntil(
      probe.layoutShifts,
      rowsAt === null ? null : rowsAt + CLS_WINDOW_AFTER_ROWS_MS,
    )
    // Issue 12: the /api requests sent, and their bytes, until the ≥ 50-rows frame.
    const transfer = await api.until(session.page, reached ? probe.minRows?.t : null)
    return {
      fcp: probe.fcp,
      lcp: probe.lcp?.t ?? null,
      lcpElement: probe.lcp?.element ?? null,
      lcpPath: lcp?.path ?? null,
      lcpPlace: lcpPlace(lcp),
      lcpIsRow: lcpPlace(lcp) === null ? null : lcpPlace(lcp) === 'row',
      cls: shift.cls,
      clsShifts: shift.shifts,
      clsElements: shift.elements.slice(0, 5),
      hydrated: probe.marks[APP_MARKS.hydrated]?.t ?? null,
      markSeen,
      firstRows: probe.firstRows?.t ?? null,
      firstRowsLoaded: probe.firstRows?.loaded ?? null,
      firstRowsDom: probe.firstRows?.dom ?? null,
      // 'frame' (an animation frame's check) or 'mutation in frame' (a change while a frame rendered).
      firstRowsHow: probe.firstRows?.how ?? null,
      minRowsHow: probe.minRows?.how ?? null,
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

/**
 * One more cold load, with the filter probe (page-probe.mjs installFilterProbe) from the document's
 * start: with `waitForMark`, Direction → Inbound the moment the hydration mark is set (then every 50 ms
 * until the URL changes); without, every 50 ms from the moment the control exists. All times are page
 * times from navigation start, like the rows'.
 */
async function oneFilterLoad(
  browser: Browser,
  baseURL: string,
  path: string,
  cpuThrottle: number,
  { waitForMark, timeoutMs }: { waitForMark: boolean; timeoutMs: number },
): Promise<FilterFigures> {
  const cfg = {
    ...HYDRATION_FILTER,
    mark: APP_MARKS.hydrated,
    rowsUpdatedMark: APP_MARKS.rowsUpdated,
    waitForMark,
    retryMs: 50,
    giveUpMs: timeoutMs,
  }
  const session = await openPage(browser, baseURL, { cpuThrottle, initScripts: [[installFilterProbe, cfg]] })
  try {
    await session.page.goto(path, { waitUntil: 'commit' })
    await session.page
      .waitForFunction(() => window.__bench?.filter?.doneAt != null || window.__bench?.filter?.gaveUp, null, {
        timeout: timeoutMs + 5_000,
        polling: 100,
      })
      .catch(() => {})
    const f = await session.page.evaluate(() => window.__bench?.filter ?? null)
    if (!f) return { filterNote: 'the filter probe did not run' }
    return {
      filterMarkAt: f.markAt,
      filterEffectAttempt: f.effectAttemptAt,
      filterEffect: f.effectAt,
      filterDone: f.doneAt,
      filterAttempts: f.attempts,
      filterUrl: f.url,
      filterRowsAtDone: f.rowsAtDone,
      filterNote: f.note ?? (f.doneAt === null ? 'the filter did not finish in time' : null),
      filterErrors: session.errors.slice(0, 3),
    }
  } finally {
    await session.close()
  }
}

type Load = Awaited<ReturnType<typeof oneLoad>>
type FilterFigures = {
  filterMarkAt?: number | null
  filterEffectAttempt?: number | null
  filterEffect?: number | null
  filterDone?: number | null
  filterAttempts?: number
  filterUrl?: string | null
  filterRowsAtDone?: FilterProbeState['rowsAtDone']
  filterNote?: string | null
  filterErrors?: string[]
}
type LoadSample = Load & FilterFigures

const FIELDS = [
  'fcp',
  'lcp',
  'firstRows',
  'minRows',
  'appMark',
  'hydrated',
  'filterMarkAt',
  'filterEffectAttempt',
  'filterEffect',
  'filterDone',
  'longestTaskBeforeRows',
  'cpuToRows',
  'busyToRows',
  'apiRequests',
  'apiBytes',
  'apiDecodedBytes',
] as const

function summarizeLoads(loads: LoadSample[]) {
  const figures = Object.fromEntries(
    FIELDS.map((field) => [field, summarize(loads.map((l) => l[field]))]),
  ) as Record<(typeof FIELDS)[number], Summary>
  // Every element that shifted in some run, with the largest shift it took part in.
  const shifted = new Map<string, number>()
  for (const l of loads)
    for (const e of l.clsElements ?? []) shifted.set(e.path, Math.max(shifted.get(e.path) ?? 0, e.value))
  return {
    ...figures,
    firstRowsLoaded: summarize(
      loads.map((l) => l.firstRowsLoaded),
      0,
    ),
    cls: summarize(
      loads.map((l) => l.cls),
      3,
    ),
    lcpElements: [...new Set(loads.map((l) => l.lcpElement))],
    lcpPaths: [...new Set(loads.map((l) => l.lcpPath).filter(Boolean))],
    lcpPlaces: loads.map((l) => l.lcpPlace),
    lcpIsRow: loads.map((l) => l.lcpIsRow),
    clsElements: [...shifted]
      .map(([path, value]) => ({ path, value }))
      .sort((a, b) => b.value - a.value)
      .slice(0, 5),
    filterNotes: [...new Set(loads.map((l) => l.filterNote).filter(Boolean))],
    errors: [...new Set(loads.flatMap((l) => l.errors))].slice(0, 5),
    samples: loads.map(({ errors: _errors, ...rest }) => rest),
  }
}

/**
 * Cold loads of the calls page and of the static baseline page, alternating (so background load on
 * the machine hits both alike), `runs` times each, at the given CPU throttling rate.
 */
export async function measureFirstLoad(
  browser: Browser,
  baseURL: string,
  {
    appPath,
    baselinePath,
    cpuThrottle,
    runs,
    log,
    profile = false,
  }: {
    appPath: string
    baselinePath: string | null
    cpuThrottle: number
    runs: number
    log: (line: string) => void
    profile?: boolean
  },
) {
  const app: LoadSample[] = []
  const baseline: Load[] = []
  // One unrecorded load warms the server (its caches, the JIT) without warming the browser's cache.
  // When it finds no rows at all, the page cannot show them yet: later runs wait only briefly.
  // It also tells whether the app sets the hydration mark: the filter loads wait for it only if so.
  const warm = await oneLoad(browser, baseURL, appPath, 1, { waitForMark: true })
  const timeoutMs = warm.firstRows === null ? 3_000 : WAIT_TIMEOUT_MS
  const waitForMark = warm.markSeen === true
  const profiled = profile ? await profiledLoad(browser, baseURL, appPath, cpuThrottle, timeoutMs) : null
  if (warm.firstRows === null) log(`  no rows found on ${appPath}; the row timings stay empty`)
  for (let i = 0; i < runs; i++) {
    // When the app marks hydration, wait for the mark (it may come after the rows' CLS window).
    const load = await oneLoad(browser, baseURL, appPath, cpuThrottle, { timeoutMs, waitForMark })
    if (baselinePath) baseline.push(await oneLoad(browser, baseURL, baselinePath, cpuThrottle))
    const filter = await oneFilterLoad(browser, baseURL, appPath, cpuThrottle, { waitForMark, timeoutMs })
    const last: LoadSample = { ...load, ...filter, errors: [...load.errors, ...(filter.filterErrors ?? [])] }
    app.push(last)
    const base = baseline[baseline.length - 1]
    log(
      `  ${cpuThrottle}x run ${i + 1}/${runs}: FCP ${fmt(last.fcp)} · first rows ${fmt(last.firstRows)} ` +
        `(${last.firstRowsLoaded ?? 0} loaded) · ${MIN_FIRST_ROWS}+ rows ${fmt(last.minRows)}` +
        (base ? ` (baseline ${fmt(base.minRows)})` : '') +
        ` · LCP ${fmt(last.lcp)} on ${last.lcpPlace ?? '?'} · CLS ${last.cls.toFixed(3)}` +
        ` · hydrated ${fmt(last.hydrated)} · Direction took effect ${fmt(last.filterEffect)}, rows ${fmt(last.filterDone)}` +
        (last.filterNote ? ` (${last.filterNote})` : ''),
    )
  }
  return {
    cpuThrottle,
    path: appPath,
    rowsFound: warm.firstRows !== null,
    hydrationMark: waitForMark,
    filterMode: waitForMark ? 'at the mark' : 'tried every 50 ms from the start (no mark)',
    profile: profiled,
    app: summarizeLoads(app),
    baseline: baselinePath ? { path: baselinePath, ...summarizeLoads(baseline) } : null,
  }
}

const fmt = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '—' : `${Math.round(ms)} ms`

// Interaction latency on the calls page, measured inside the page: from the input event's own
// timestamp (the moment the person acted) to the first animation frame that shows the result.
import type { Browser, Page } from '@playwright/test'
import { CallsPage } from '../../e2e/pages/calls-page'
import { openPage, waitInPage, type BenchSession } from './browser'
import { WAIT_TIMEOUT_MS } from './config'
import { timelineShown } from './in-page-markup'
import { summarizeProfile, withProfile, type ProfileSummary } from './profile'
import { summarize } from './stats'

/**
 * The filter changes the interaction benchmark makes, through the calls page object: `open` (not timed)
 * gets the control ready, `choose` is the timed input; `params` is what the URL then carries (checked).
 */
type FilterChange = {
  name: string
  method: 'select' | 'menu'
  params: string
  open?: (calls: CallsPage) => Promise<unknown>
  choose: (calls: CallsPage) => Promise<unknown>
}

export const FILTER_CHANGES: FilterChange[] = [
  {
    name: 'direction',
    method: 'select',
    params: 'direction=outbound',
    choose: (calls) => calls.direction.selectOption({ label: 'Outbound' }),
  },
  {
    name: 'status',
    method: 'menu',
    params: 'status=completed',
    open: (calls) => calls.multiSelect('Status'),
    choose: (calls) => calls.menuItem('Status', 'Completed').click(),
  },
  {
    name: 'period',
    method: 'select',
    params: 'period=7d',
    choose: (calls) => calls.period.selectOption({ label: 'Last 7 days' }),
  },
]

type CallsSession = BenchSession & { calls: CallsPage; rows: boolean }

/** Opens /calls in a fresh context and waits until its first rows are in and the loading settled. */
async function openCalls(browser: Browser, baseURL: string, cpuThrottle: number): Promise<CallsSession> {
  const session = await openPage(browser, baseURL, { cpuThrottle })
  const calls = new CallsPage(session.page)
  await calls.goto()
  const rows = await calls.rowsShown().then(
    () => true,
    () => false,
  )
  if (rows) await session.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {})
  return { ...session, calls, rows }
}

/** Records the timestamp of the first input event from now on (pointer, key, change). */
function arm(page: Page) {
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
const newRows = ({ sig }: { sig: string }) => {
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
async function maybeProfiled<T>(
  session: BenchSession,
  profile: boolean,
  work: () => Promise<T>,
): Promise<{ value: T; cpu: null } | { value: T; cpu: ProfileSummary }> {
  if (!profile) return { value: await work(), cpu: null }
  const { value, profile: cpu } = await withProfile(session.cdp, work)
  return { value, cpu: summarizeProfile(cpu) }
}

type Sample = {
  ms: number | null
  method?: string | null
  focus?: string
  note: string | null
  profile?: ProfileSummary
  [figure: string]: unknown
}

async function oneFilterChange(
  browser: Browser,
  baseURL: string,
  change: FilterChange,
  cpuThrottle: number,
  profile = false,
): Promise<Sample> {
  const session = await openCalls(browser, baseURL, cpuThrottle)
  try {
    if (!session.rows) return { ms: null, method: null, note: 'no rows on /calls' }
    const sig = await session.page.evaluate(() => window.__bench.signature())
    await change.open?.(session.calls)
    const { value: shown, cpu } = await maybeProfiled(session, profile, async () => {
      await arm(session.page)
      await change.choose(session.calls)
      return waitInPage(session.page, newRows, { sig }, WAIT_TIMEOUT_MS)
    })
    if (cpu) return { ms: null, note: null, profile: cpu }
    const start = await session.page.evaluate(() => window.__bench.inputAt ?? null)
    const url = shown?.value.url ?? null
    return {
      ms: shown && start !== null ? shown.t - start : null,
      method: change.method,
      urlHasFilter: url === null ? null : url.includes(change.params),
      rowsLoaded: shown?.value.loaded ?? null,
      rowsChanged: shown?.value.changed ?? null,
      note: shown ? null : 'the rows did not change',
    }
  } finally {
    await session.close()
  }
}

async function oneRowOpen(
  browser: Browser,
  baseURL: string,
  cpuThrottle: number,
  profile = false,
): Promise<Sample> {
  const session = await openCalls(browser, baseURL, cpuThrottle)
  try {
    if (!session.rows) return { ms: null, note: 'no rows on /calls' }
    // The first data row of the calls table: rows are focusable, and Enter on one opens its call.
    await session.calls.rows.first().focus()
    await arm(session.page)
    const { value: shown, cpu } = await maybeProfiled(session, profile, async () => {
      await session.page.keyboard.press('Enter')
      return waitInPage(session.page, timelineShown, null, WAIT_TIMEOUT_MS)
    })
    if (cpu) return { ms: null, note: null, profile: cpu }
    const start = await session.page.evaluate(() => window.__bench.inputAt ?? null)
    return {
      ms: shown && start !== null ? shown.t - start : null,
      focus: 'row',
      url: new URL(session.page.url()).pathname,
      note: shown ? null : 'no timeline appeared',
    }
  } finally {
    await session.close()
  }
}

function summarizeRuns(runs: Sample[]) {
  return {
    ...summarize(runs.map((r) => r.ms)),
    methods: [...new Set(runs.map((r) => r.method ?? r.focus).filter(Boolean))],
    notes: [...new Set(runs.map((r) => r.note).filter(Boolean))],
    samples: runs,
    profile: undefined as ProfileSummary | undefined,
  }
}

type RunsSummary = ReturnType<typeof summarizeRuns>

export async function measureInteractions(
  browser: Browser,
  baseURL: string,
  {
    runs,
    cpuThrottle = 1,
    log,
    profile = false,
  }: { runs: number; cpuThrottle?: number; log: (line: string) => void; profile?: boolean },
) {
  const filters: Record<string, RunsSummary> = {}
  for (const change of FILTER_CHANGES) {
    const samples: Sample[] = []
    for (let i = 0; i < runs; i++) {
      samples.push(await oneFilterChange(browser, baseURL, change, cpuThrottle))
      if (samples[0]?.note === 'no rows on /calls') break
    }
    const summary = summarizeRuns(samples)
    if (profile && samples[0]?.ms !== null) {
      summary.profile = (await oneFilterChange(browser, baseURL, change, cpuThrottle, true)).profile
    }
    filters[change.name] = summary
    log(`  filter ${change.name}: median ${summary.median ?? '—'} ms`)
  }
  const opens: Sample[] = []
  for (let i = 0; i < runs; i++) {
    opens.push(await oneRowOpen(browser, baseURL, cpuThrottle))
    if (opens[0]?.note === 'no rows on /calls') break
  }
  const openCall = summarizeRuns(opens)
  if (profile && opens[0]?.ms !== null) {
    openCall.profile = (await oneRowOpen(browser, baseURL, cpuThrottle, true)).profile
  }
  log(`  Enter on a row → timeline: median ${openCall.median ?? '—'} ms`)
  return { cpuThrottle, filters, openCall }
}

// Scrolling with many calls loaded: first load as many calls as the page will give (by scrolling to
// the end, as a person would, until SCROLL_TARGET_CALLS or the time limit), then scroll at a steady
// rate and record every frame's duration (requestAnimationFrame deltas) and the long tasks.
import type { Browser, Page } from '@playwright/test'
import { jsHeapUsed, openPage } from './browser'
import {
  SCROLL_LOAD_LIMIT_MS,
  SCROLL_PX_PER_SECOND,
  SCROLL_RATES,
  SCROLL_SECONDS,
  SCROLL_TARGET_CALLS,
  WAIT_TIMEOUT_MS,
} from './config'
import { CallsPage } from '../../e2e/pages/calls-page'
import type { RowCount } from './probe-types'
import { summarizeProfile, withProfile, type ProfileSummary } from './profile'
import { percentile, round } from './stats'

/** In the page: the element that scrolls the calls table (its nearest scrollable ancestor, or the page). */
function installScroller() {
  window.__bench.scroller = () => {
    let el: Element | null = window.__bench.table()
    while (el && el !== document.body) {
      const style = getComputedStyle(el)
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) return el
      el = el.parentElement
    }
    return document.scrollingElement ?? document.documentElement
  }
}

/** Presses the list's own "Load more calls" button when one is offered (a paused scan). */
async function nudge(page: Page) {
  const button = new CallsPage(page).loadMoreCalls()
  if (!(await button.isVisible()) || !(await button.isEnabled())) return false
  await button.click()
  return true
}

/** The page's own words about the list when loading stopped (footer, source states, errors). */
function stopNote(page: Page) {
  return page.evaluate(() =>
    (document.querySelector('main')?.innerText ?? '')
      .split('\n')
      .filter((line) => /loading|paused|continue|error|fail|retry|end of the list|more to load/i.test(line))
      .slice(0, 12)
      .join(' · '),
  )
}

async function loadMany(page: Page, log: (line: string) => void) {
  const started = Date.now()
  const progress: { at: number; loaded: number }[] = []
  let last = { loaded: 0, at: Date.now() }
  let nudges = 0
  let wiggles = 0
  let lastNudge = 0
  const done = async (loaded: number, ms: number, stopped: string) => ({
    loaded,
    ms,
    progress,
    stopped,
    nudges,
    wiggles,
    note: await stopNote(page),
  })
  while (Date.now() - started < SCROLL_LOAD_LIMIT_MS) {
    const loaded = await page.evaluate(() => {
      const el = window.__bench.scroller?.()
      if (!el) return 0
      el.scrollTop = el.scrollHeight
      return window.__bench.countRows().loaded
    })
    if (loaded >= SCROLL_TARGET_CALLS) return done(loaded, Date.now() - started, 'target')
    if (loaded > last.loaded) last = { loaded, at: Date.now() }
    // Stuck for 5 s: the list may be waiting for a person to press Load more calls, or (a missed auto-load)
    // for a scroll event, which setting scrollTop at the bottom again does not fire: scroll up and back.
    if (Date.now() - last.at > 5_000 && Date.now() - lastNudge > 5_000) {
      lastNudge = Date.now()
      if (await nudge(page)) nudges++
      else {
        wiggles++
        await page.evaluate(() => {
          const el = window.__bench.scroller?.()
          if (el) el.scrollTop = Math.max(0, el.scrollHeight - el.clientHeight * 4)
        })
        await page.waitForTimeout(300)
      }
    }
    // Nothing new for a minute: the feed has reached its end (or stalled); report how far it got.
    if (Date.now() - last.at > 60_000) return done(loaded, last.at - started, 'no more rows for 60 s')
    const elapsed = Date.now() - started
    if (elapsed - (progress.at(-1)?.at ?? -Infinity) >= 10_000) {
      progress.push({ at: elapsed, loaded })
      log(`  loading: ${loaded.toLocaleString('en-US')} calls after ${Math.round(elapsed / 1000)} s`)
    }
    await page.waitForTimeout(200)
  }
  const loaded = await page.evaluate(() => window.__bench.countRows().loaded)
  return done(loaded, Date.now() - started, 'time limit')
}

/** In the page: scrolls at `pxPerSecond` for `seconds` from the top, recording frame deltas and long tasks. */
type ScrollRun = { deltas: number[]; tasks: number[]; scrolledPx: number; rows: RowCount }

function steadyScroll({ pxPerSecond, seconds }: { pxPerSecond: number; seconds: number }) {
  return new Promise<ScrollRun>((resolve, reject) => {
    const el = window.__bench.scroller?.()
    if (!el) return reject(new Error('installScroller has not run'))
    el.scrollTop = 0
    const deltas: number[] = []
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration)
    })
    observer.observe({ type: 'longtask' })
    let start: number | null = null
    let prev: number | null = null
    const frame = (now: number) => {
      if (start === null) start = now
      if (prev !== null) deltas.push(now - prev)
      prev = now
      const elapsed = (now - start) / 1000
      el.scrollTop = Math.min(el.scrollHeight, pxPerSecond * elapsed)
      if (elapsed < seconds) requestAnimationFrame(frame)
      else {
        observer.disconnect()
        resolve({ deltas, tasks, scrolledPx: el.scrollTop, rows: window.__bench.countRows() })
      }
    }
    requestAnimationFrame(frame)
  })
}

function frameStats(run: ScrollRun) {
  const sorted = [...run.deltas].sort((a, b) => a - b)
  const over = (ms: number) => run.deltas.filter((d) => d > ms).length
  return {
    frames: run.deltas.length,
    shareOver16_7: run.deltas.length ? round((over(16.7) / run.deltas.length) * 100, 1) : null,
    framesOver50: over(50),
    p95FrameMs: round(percentile(sorted, 95) ?? 0, 1),
    longestFrameMs: round(sorted.at(-1) ?? 0, 1),
    longTasks: run.tasks.length,
    longestTaskMs: round(Math.max(0, ...run.tasks), 1),
    scrolledPx: Math.round(run.scrolledPx),
    domRows: run.rows.dom,
  }
}

export async function measureScroll(
  browser: Browser,
  baseURL: string,
  {
    log,
    params = 'period=all',
    rates = SCROLL_RATES,
    profiled = false,
  }: { log: (line: string) => void; params?: string; rates?: number[]; profiled?: boolean },
) {
  const session = await openPage(browser, baseURL)
  try {
    await new CallsPage(session.page).goto(params)
    const rows = await session.page
      .waitForFunction(() => window.__bench?.firstRows, null, { timeout: WAIT_TIMEOUT_MS, polling: 100 })
      .then(
        () => true,
        () => false,
      )
    if (!rows) return { params, note: 'no rows on the calls page', loading: null, runs: [] }
    await session.page.evaluate(installScroller)
    const loading = await loadMany(session.page, log)
    log(
      `  loaded ${loading.loaded.toLocaleString('en-US')} calls in ${Math.round(loading.ms / 1000)} s (${loading.stopped})`,
    )
    const heapBytes = await jsHeapUsed(session.cdp)
    const domNodes = await session.page.evaluate(() => document.getElementsByTagName('*').length)
    const runs: ({ pxPerSecond: number; seconds: number } & ReturnType<typeof frameStats>)[] = []
    for (const pxPerSecond of rates) {
      await session.page.waitForTimeout(1_000)
      const run = await session.page.evaluate(steadyScroll, { pxPerSecond, seconds: SCROLL_SECONDS })
      const figures = { pxPerSecond, seconds: SCROLL_SECONDS, ...frameStats(run) }
      runs.push(figures)
      log(
        `  scroll ${pxPerSecond} px/s: ${figures.shareOver16_7 ?? '—'}% frames > 16.7 ms, longest ${figures.longestFrameMs} ms`,
      )
    }
    let profile: ProfileSummary | null = null
    if (profiled) {
      await session.page.waitForTimeout(1_000)
      const args = { pxPerSecond: rates[0] ?? SCROLL_PX_PER_SECOND, seconds: SCROLL_SECONDS }
      const run = await withProfile(session.cdp, () => session.page.evaluate(steadyScroll, args))
      profile = summarizeProfile(run.profile)
    }
    return {
      params,
      loading,
      profile,
      heapMB: heapBytes === null ? null : round(heapBytes / 1e6, 1),
      domNodes,
      runs,
    }
  } finally {
    await session.close()
  }
}

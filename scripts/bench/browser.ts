// Chromium for the benchmark: Debian's package (as for e2e), a fresh context per measurement (cold
// cache), the page clock moved to SIM_NOW, the probe installed, and a CDP session for throttling,
// heap and profiles.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs'
import { LOCALE, MIN_FIRST_ROWS, SIM_NOW, TIME_ZONE, VIEWPORT } from './config'
import { installProbe, shiftClock } from './page-probe'
import './probe-types'
import { CSS } from './in-page-markup'

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error('No Chromium found: install the distribution package or set CHROMIUM_PATH.')
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}

/**
 * A new context and page (nothing cached) at `baseURL`, with the probe and clock scripts, and a CDP
 * session. `cpuThrottle` > 1 slows the CPU the way DevTools does (4 = a mid-range phone or a busy laptop).
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  {
    cpuThrottle = 1,
    probeGiveUpMs = 120_000,
    initScripts = [],
  }: { cpuThrottle?: number; probeGiveUpMs?: number; initScripts?: [(arg: never) => void, unknown][] } = {},
): Promise<BenchSession> {
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORT,
    timezoneId: TIME_ZONE,
    locale: LOCALE,
    serviceWorkers: 'block',
  })
  // tsx compiles this benchmark with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`;
  // the scripts sent into the page (page-probe.ts, the waits) carry those calls, so the page needs the
  // helper too (without it, installProbe threw "__name is not defined" and window.__bench stayed unset).
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  await context.addInitScript(shiftClock, Date.parse(SIM_NOW))
  await context.addInitScript(installProbe, { ...CSS, minRows: MIN_FIRST_ROWS, giveUpMs: probeGiveUpMs })
  // More page scripts for one measurement ([function, argument] pairs), after the probe they may use.
  for (const [script, arg] of initScripts) await context.addInitScript(script as (arg: unknown) => void, arg)
  const page = await context.newPage()
  // A control that is not there should fail fast, not in 30 s.
  page.setDefaultTimeout(10_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
  return {
    context,
    page,
    cdp,
    errors,
    close: () => context.close(),
  }
}

export type BenchSession = {
  context: BrowserContext
  page: Page
  cdp: CDPSession
  /** Console errors and uncaught exceptions of the page. */
  errors: string[]
  close(): Promise<void>
}

/** JS heap in use (after a full garbage collection), in bytes. */
export async function jsHeapUsed(cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null
}

/** Reads what the probe recorded. */
export function readProbe(page: Page) {
  return page.evaluate(() => {
    const b = window.__bench
    return {
      fcp: b.fcp,
      lcp: b.lcp,
      firstRows: b.firstRows,
      minRows: b.minRows,
      marks: b.marks,
      longTasks: b.longTasks,
      layoutShifts: b.layoutShifts,
      rows: b.countRows(),
    }
  })
}

/**
 * Resolves, inside the page, at the first animation frame where `predicate(arg)` is truthy, with that
 * frame's performance.now() and the value; null after `timeoutMs`. Polling per frame keeps the timing
 * within one frame. The predicate is this benchmark's own code, sent as an expression (Runtime.evaluate
 * is not subject to the page's CSP, which forbids eval inside the page).
 */
export function waitInPage<A, V>(
  page: Page,
  predicate: (arg: A) => V,
  arg: A,
  timeoutMs: number,
): Promise<{ t: number; value: NonNullable<V> } | null> {
  return page.evaluate<{ t: number; value: NonNullable<V> } | null>(`new Promise((resolve) => {
    const predicate = ${predicate.toString()}
    const arg = ${JSON.stringify(arg ?? null)}
    const started = performance.now()
    const check = () => {
      const value = predicate(arg)
      if (value) resolve({ t: performance.now(), value })
      else if (performance.now() - started > ${Number(timeoutMs)}) resolve(null)
      else requestAnimationFrame(check)
    }
    check()
  })`)
}

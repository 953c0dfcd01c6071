// Main-thread CPU time of a page load, from a light Chromium trace ('toplevel' tasks carry their thread
// CPU time, `tdur`). Wall-clock figures on a shared two-core machine include time spent waiting for a
// core; CPU time does not, so it tells how much work the page itself does regardless of the load.
// 'loading' carries the largest-contentful-paint candidates with their DOM node (see lastLcpCandidate).
import type { Browser, Page } from '@playwright/test'

const CATEGORIES = ['toplevel', 'blink.user_timing', 'loading', '__metadata']

/** The fields of a Chrome trace event read here. */
export type TraceEvent = {
  name: string
  ph?: string
  pid?: number
  tid?: number
  ts: number
  dur?: number
  tdur?: number
  cat?: string
  args?: {
    name?: string
    data?: {
      documentLoaderURL?: string
      isOutermostMainFrame?: boolean
      candidateIndex?: number
      nodeId?: number
      nodeName?: string
      size?: number
      type?: string
    }
  }
}

export type LcpCandidate = { nodeId: number | null; nodeName: string | null; size?: number; type?: string }

export function startTrace(browser: Browser, page: Page) {
  return browser.startTracing(page, { categories: CATEGORIES })
}

/**
 * Stops the trace and sums the renderer main thread's top-level tasks from the navigation to `path`
 * until `untilMs` after it: `cpuMs` (thread time) and `busyMs` (their wall time).
 */
export async function stopTraceAndSum(browser: Browser, path: string, untilMs: number | null | undefined) {
  const events = await stopTrace(browser)
  return { ...sumMainThread(events, path, untilMs), lcpCandidate: lastLcpCandidate(events) }
}

/** Stops the trace; its events. */
export async function stopTrace(browser: Browser): Promise<TraceEvent[]> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as
    TraceEvent[] | { traceEvents?: TraceEvent[] }
  return Array.isArray(trace) ? trace : (trace.traceEvents ?? [])
}

/**
 * The last largest-contentful-paint candidate of the outermost main frame: its backend DOM node id (to
 * resolve over CDP even when the page cannot name it, such as an input's placeholder in its user-agent
 * shadow tree, or an element already removed), Chromium's short node name, size and type.
 */
export function lastLcpCandidate(events: TraceEvent[]): LcpCandidate | null {
  const candidates = events
    .filter(
      (e) => e.name === 'largestContentfulPaint::Candidate' && e.args?.data?.isOutermostMainFrame !== false,
    )
    .sort((a, b) => (a.args?.data?.candidateIndex ?? 0) - (b.args?.data?.candidateIndex ?? 0) || a.ts - b.ts)
  const last = candidates.at(-1)?.args?.data
  if (!last) return null
  return { nodeId: last.nodeId ?? null, nodeName: last.nodeName ?? null, size: last.size, type: last.type }
}

/** Main-thread CPU (`cpuMs`) and wall (`busyMs`) of top-level tasks until `untilMs`; null values without it. */
export function sumMainThread(
  events: TraceEvent[],
  path: string,
  untilMs: number | null | undefined,
): { cpuMs: number | null; busyMs: number | null } {
  const none = { cpuMs: null, busyMs: null }
  if (untilMs === null || untilMs === undefined) return none
  const nav = events.find(
    (e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').endsWith(path),
  )
  if (!nav) return none
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain',
  )
  const end = nav.ts + untilMs * 1000
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === nav.pid &&
        e.tid === main?.tid &&
        String(e.cat).includes('toplevel') &&
        e.ts >= nav.ts &&
        e.ts < end,
    )
    .sort((a, b) => a.ts - b.ts)
  let cpu = 0
  let busy = 0
  let coveredUntil = 0
  for (const task of tasks) {
    // Nested top-level tasks (a nested run loop) are already inside their parent's time.
    if (task.ts < coveredUntil) continue
    coveredUntil = task.ts + (task.dur ?? 0)
    cpu += task.tdur ?? 0
    busy += task.dur ?? 0
  }
  return { cpuMs: cpu / 1000, busyMs: busy / 1000 }
}

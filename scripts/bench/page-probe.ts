// Scripts that run inside the page before any of its own code (Playwright init scripts). They are
// serialised with Function.prototype.toString, so they must not use anything from this module's scope
// (types only).
import type { BenchProbe, FilterProbeState, LayoutShift, RowCount } from './probe-types'

/** CSS the probe finds the calls table with (in-page-markup.ts), and when it stops looking for rows. */
export type ProbeConfig = {
  tables: string[]
  dataRow: string
  headerRow: string
  skeleton: string
  minRows: number
  giveUpMs: number
}

/** The entry types the DOM library does not declare yet (Chromium has them). */
type LcpPerformanceEntry = PerformanceEntry & { element: Element | null; size: number }
type LayoutShiftEntry = PerformanceEntry & {
  value: number
  hadRecentInput: boolean
  sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[]
}
type TaskScheduler = { postTask(task: () => void, options: { priority: string }): Promise<unknown> }

/** installFilterProbe's settings: the control, its option, the URL it makes and the rows it excludes. */
export type FilterProbeConfig = {
  label: string
  option: string
  params: string
  otherTexts: string[]
  mark: string
  rowsUpdatedMark: string
  waitForMark: boolean
  retryMs: number
  giveUpMs: number
}

/**
 * Moves the page's clock so that it reads SIM_NOW when the document starts, and then runs at real
 * speed. The simulator's data clock is frozen at SIM_NOW (SIM_LIVE=0), so "the last 24 hours" means
 * the same calls on every run. Only Date is shifted: timers, requestAnimationFrame and performance.now
 * stay real, which the measurements depend on (Playwright's page.clock would replace them).
 */
export function shiftClock(targetMs: number) {
  const RealDate = Date
  const offset = targetMs - RealDate.now()
  const now = () => RealDate.now() + offset
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget: NewableFunction) {
      return Reflect.construct(target, args.length ? args : [now()], newTarget) as object
    },
    apply() {
      return new RealDate(now()).toString()
    },
    get(target, prop, receiver) {
      if (prop === 'now') return now
      return Reflect.get(target, prop, receiver) as unknown
    },
  })
}

/**
 * Records paint timings, long tasks, app marks and the moment data rows first appear, all relative
 * to navigation start (performance.now()). Read back with `window.__bench`. A row counts when it is a
 * data row of the calls table with some text (skeleton rows have none, or are hidden from assistive
 * technology); "loaded" is the table's aria-rowcount (without its header rows) when it declares one,
 * because a virtualized table only renders what is on screen.
 *
 * Everything here starts before the document parses (an init script), so rows that arrive in the HTML
 * itself (server rendering) are seen at the first animation frame that has them — the frame that paints
 * them, never later (`how` says whether a frame's check or a mutation during a frame saw them). The largest-contentful-paint entry keeps its element's short CSS path and whether it
 * sits in a data row of the calls table; layout shifts keep their time, value, hadRecentInput and the
 * shifted elements' paths (all taken when the entry arrives: the element may be gone later).
 */
export function installProbe(cfg: ProbeConfig) {
  const bench: BenchProbe = {
    fcp: null,
    lcp: null,
    longTasks: [],
    marks: {},
    firstRows: null,
    minRows: null,
    layoutShifts: [],
    table: () => null,
    countRows: () => ({ dom: 0, loaded: 0, busy: false }),
    signature: () => '',
  }
  window.__bench = bench
  /** A short CSS path of an element (or a text node's parent): up to four levels, or up to an id. */
  const describe = (node: Node | null | undefined) => {
    let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null)
    if (!el) return null
    const parts: string[] = []
    while (el && parts.length < 4) {
      let part = el.tagName.toLowerCase()
      if (el.id) {
        parts.unshift(`${part}#${el.id}`)
        break
      }
      const role = el.getAttribute('role')
      if (role) part += `[role=${role}]`
      const classes = [...el.classList].slice(0, 2)
      if (classes.length) part += `.${classes.join('.')}`
      parts.unshift(part)
      el = el.parentElement
    }
    return parts.join(' > ')
  }
  const observe = <E extends PerformanceEntry>(type: string, onEntry: (entry: E) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => onEntry(e as E))).observe({
        type,
        buffered: true,
      })
    } catch {
      // This entry type is not supported here; the figure stays null.
    }
  }
  observe('paint', (e: PerformanceEntry) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime
  })
  observe('largest-contentful-paint', (e: LcpPerformanceEntry) => {
    const el = e.element
    const what = el
      ? `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`
      : null
    const table = el ? bench.table() : null
    const inTable = Boolean(el && table && table.contains(el))
    const row = el?.closest(cfg.dataRow) ?? null
    bench.lcp = {
      t: e.startTime,
      size: e.size,
      element: what,
      path: describe(el),
      // Null when the element was already gone (replaced) by the time the entry arrived.
      inTable: el ? inTable : null,
      inRow: el ? Boolean(inTable && row && table?.contains(row)) : null,
    }
  })
  observe('layout-shift', (e: LayoutShiftEntry) => {
    bench.layoutShifts.push({
      t: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      // "path (x,y w×h → x,y w×h)": where the element was and went, to find it from the report.
      sources: (e.sources ?? [])
        .map((source) => {
          const path = describe(source.node)
          const box = (r: DOMRectReadOnly) =>
            `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`
          return path ? `${path} (${box(source.previousRect)} → ${box(source.currentRect)})` : null
        })
        .filter((line): line is string => line !== null),
    } satisfies LayoutShift)
  })
  observe('longtask', (e: PerformanceEntry) =>
    bench.longTasks.push({ start: e.startTime, duration: e.duration }),
  )
  observe('mark', (e: PerformanceMark) => {
    bench.marks[e.name] = { t: e.startTime, detail: e.detail ?? null }
  })

  bench.table = () => {
    for (const selector of cfg.tables) {
      const found = document.querySelector(selector)
      if (found) return found
    }
    return null
  }
  bench.countRows = () => {
    const table = bench.table()
    if (!table) return { dom: 0, loaded: 0, busy: false }
    let dom = 0
    for (const row of table.querySelectorAll(cfg.dataRow)) {
      if (row.closest('[aria-hidden="true"]') || row.matches(cfg.skeleton)) continue
      if ((row.textContent ?? '').trim() !== '') dom++
    }
    const declared = Number(table.getAttribute('aria-rowcount'))
    const headers = table.querySelectorAll(cfg.headerRow).length
    const loaded = Number.isFinite(declared) && declared > 0 ? Math.max(0, declared - headers) : dom
    return { dom, loaded, busy: table.getAttribute('aria-busy') === 'true' } satisfies RowCount
  }
  /** A short text of the first data rows, to tell when the table shows different rows. */
  bench.signature = () => {
    const table = bench.table()
    if (!table) return ''
    return [...table.querySelectorAll(cfg.dataRow)]
      .slice(0, 8)
      .map((row) => (row.textContent ?? '').trim())
      .join('|')
  }
  const look = (how: string) => {
    const rows = bench.countRows()
    const t = performance.now()
    if (rows.dom > 0 && !bench.firstRows) bench.firstRows = { t, how, ...rows }
    if (rows.dom > 0 && rows.loaded >= cfg.minRows && !bench.minRows) bench.minRows = { t, how, ...rows }
  }
  // Rows are normally looked for at each animation frame, which comes before that frame's paint. Rows
  // inserted later in the same frame's rendering (a ResizeObserver callback, such as a virtualizer's
  // measurement, or another rAF callback) are painted in that frame too, but the next frame's check
  // may come much later (after a long task): so a mutation while a frame is rendering (from our rAF
  // callback until a task posted from it runs, which is after the paint) is looked at right away. The
  // task is user-blocking (scheduler.postTask) so that no parser or network task runs before it: those
  // mutations are painted by the next frame, whose check sees them.
  let rendering = false
  const frameEnded = () => {
    rendering = false
  }
  const channel = new MessageChannel()
  channel.port1.onmessage = frameEnded
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  const afterFrame = scheduler?.postTask
    ? () => void scheduler.postTask(frameEnded, { priority: 'user-blocking' })
    : () => channel.port2.postMessage(null)
  const mutations = new MutationObserver(() => {
    if (rendering && !bench.minRows) look('mutation in frame')
  })
  mutations.observe(document, { childList: true, subtree: true, characterData: true })
  const tick = () => {
    rendering = true
    afterFrame()
    look('frame')
    if (!bench.minRows && performance.now() < cfg.giveUpMs) requestAnimationFrame(tick)
    else mutations.disconnect()
  }
  requestAnimationFrame(tick)
}

/**
 * Issue 15's "time until a filter change works", run from the document's start after installProbe
 * (it uses window.__bench). It chooses `cfg.option` in the native <select> labelled `cfg.label` the way
 * Playwright's selectOption does (set the value, dispatch input and change), and records in
 * `window.__bench.filter`:
 * - `markAt`: the startTime of the `cfg.mark` User Timing mark (or, when only `<html data-hydrated>` was
 *   set, the moment it was seen);
 * - `attempts` and the time of each (`firstAttemptAt`, `effectAttemptAt`: the attempt before the URL
 *   changed);
 * - `effectAt`: the first frame whose URL carries `cfg.params` (the change took effect);
 * - `doneAt`: the first frame after that whose table is settled (not aria-busy), shows data rows, and
 *   shows no cell whose whole text is one of `cfg.otherTexts` (a row of another direction), and whose
 *   rows differ from the ones shown before the first attempt (any rows count when there were none), or
 *   it was busy in between, or the app marked `cfg.rowsUpdatedMark` since the first attempt.
 *
 * With `cfg.waitForMark`, the first attempt is made the moment `<html data-hydrated>` is set (a mutation
 * observer, so within the same task as the app's effect), and again every `cfg.retryMs` until the URL
 * changes. Without it (an app that sets no mark), attempts start as soon as the control exists.
 */
export function installFilterProbe(cfg: FilterProbeConfig) {
  const bench = window.__bench
  const state: FilterProbeState = {
    markAt: null,
    attempts: 0,
    firstAttemptAt: null,
    lastAttemptAt: null,
    effectAttemptAt: null,
    effectAt: null,
    doneAt: null,
    rowsBefore: null,
    rowsAtDone: null,
    sawBusy: false,
    url: null,
    gaveUp: false,
    note: null,
  }
  bench.filter = state
  const wanted = [...new URLSearchParams(cfg.params)]
  const urlHasFilter = () => {
    const params = new URLSearchParams(location.search)
    return wanted.every(([key, value]) => params.getAll(key).includes(value))
  }
  const ownText = (label: HTMLLabelElement, control: HTMLSelectElement) => {
    let text = ''
    const walk = (node: Node) => {
      if (node === control) return
      if (node.nodeType === 3) text += node.textContent
      else node.childNodes.forEach(walk)
    }
    walk(label)
    return text.trim().toLowerCase()
  }
  const nameOf = (select: HTMLSelectElement) => {
    const aria = select.getAttribute('aria-label')
    if (aria) return aria.trim().toLowerCase()
    const by = select.getAttribute('aria-labelledby')
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim()
        .toLowerCase()
    const label = select.labels?.[0]
    return label ? ownText(label, select) : ''
  }
  const findSelect = () =>
    [...document.querySelectorAll('select')].find((s) => nameOf(s) === cfg.label.toLowerCase()) ?? null
  const readMark = () => {
    const mark = performance.getEntriesByName(cfg.mark, 'mark')[0]
    if (mark) return mark.startTime
    return document.documentElement.dataset.hydrated === 'true' ? performance.now() : null
  }
  const attempt = () => {
    const select = findSelect()
    const option = select
      ? [...select.options].find(
          (o) => (o.textContent ?? '').trim().toLowerCase() === cfg.option.toLowerCase(),
        )
      : null
    if (!select || !option) return
    const t = performance.now()
    if (state.rowsBefore === null) state.rowsBefore = bench.signature()
    select.value = option.value
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    select.dispatchEvent(new Event('change', { bubbles: true }))
    state.attempts++
    state.firstAttemptAt ??= t
    state.lastAttemptAt = t
    check()
  }
  const otherTexts = cfg.otherTexts.map((text) => text.toLowerCase())
  const rowsShowFilter = () => {
    const rows = bench.countRows()
    if (rows.busy || rows.dom === 0) return null
    const table = bench.table()
    if (!table) return null
    for (const cell of table.querySelectorAll('[role="gridcell"], [role="cell"], td')) {
      if (otherTexts.includes((cell.textContent ?? '').trim().toLowerCase())) return null
    }
    // The same first rows can be the filter's answer too: then the table having been busy in between,
    // or the app's own mark for a new query's rows, tells that the answer arrived.
    const updated = performance
      .getEntriesByName(cfg.rowsUpdatedMark, 'mark')
      .some((m) => m.startTime >= (state.firstAttemptAt ?? Infinity))
    const changed = bench.signature() !== state.rowsBefore
    return changed || state.sawBusy || updated ? { ...rows, changed } : null
  }
  const check = () => {
    const t = performance.now()
    if (state.markAt === null) state.markAt = readMark()
    if (state.effectAt === null && state.attempts > 0 && urlHasFilter()) {
      state.effectAt = t
      state.effectAttemptAt = state.lastAttemptAt
      state.url = location.pathname + location.search
    }
    if (state.attempts > 0 && bench.countRows().busy) state.sawBusy = true
    if (state.effectAt !== null && state.doneAt === null) {
      const rows = rowsShowFilter()
      if (rows) {
        state.doneAt = t
        state.rowsAtDone = rows
      }
    }
  }
  const ready = () => !cfg.waitForMark || state.markAt !== null
  new MutationObserver(() => {
    if (state.markAt !== null) return
    state.markAt = readMark()
    if (state.markAt !== null && state.attempts === 0) attempt()
    // The document, not <html>: at document start there is no <html> element yet.
  }).observe(document, { attributes: true, attributeFilter: ['data-hydrated'], subtree: true })
  const tick = () => {
    check()
    if (state.doneAt !== null) return
    const t = performance.now()
    if (t > cfg.giveUpMs) {
      state.gaveUp = true
      state.note =
        state.attempts === 0
          ? cfg.waitForMark && state.markAt === null
            ? 'the hydration mark never came'
            : `no <select> labelled ${cfg.label} with ${cfg.option}`
          : state.effectAt === null
            ? `the URL never got ${cfg.params}`
            : 'the rows never showed the filter'
      return
    }
    if (
      state.effectAt === null &&
      ready() &&
      (state.lastAttemptAt === null || t - state.lastAttemptAt >= cfg.retryMs)
    )
      attempt()
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/**
 * Runs on a node over CDP (Runtime.callFunctionOn, `this` = the largest-contentful-paint candidate's
 * node): its short CSS path and whether it is in a data row of the calls table. A node in a user-agent
 * shadow tree (an input's placeholder) is described by its host plus the pseudo-element; a node no longer
 * in the document is marked "(removed)" and counts as a row when its detached subtree is a data row.
 */
export function describeLcpNode(this: Node, cfg: { tables: string[]; dataRow: string }) {
  let el: Element | null = this.nodeType === 1 ? (this as Element) : this.parentElement
  if (!el) return null
  let pseudo = ''
  const root = el.getRootNode()
  if (root instanceof ShadowRoot && root.host) {
    pseudo = ` ::${(el.getAttribute('pseudo') ?? 'shadow').replace(/^-webkit-input-/, '')}`
    el = root.host
  }
  const parts: string[] = []
  for (let at: Element | null = el; at && parts.length < 4; at = at.parentElement) {
    let part = at.tagName.toLowerCase()
    if (at.id) {
      parts.unshift(`${part}#${at.id}`)
      break
    }
    const role = at.getAttribute('role')
    if (role) part += `[role=${role}]`
    const classes = [...at.classList].slice(0, 2)
    if (classes.length) part += `.${classes.join('.')}`
    parts.unshift(part)
  }
  let table = null
  for (const selector of cfg.tables) {
    table = document.querySelector(selector)
    if (table) break
  }
  const row = el.closest(cfg.dataRow)
  const connected = el.isConnected
  const inTable = connected ? Boolean(table && table.contains(el)) : Boolean(row)
  return {
    path: `${parts.join(' > ')}${pseudo}${connected ? '' : ' (removed)'}`,
    inTable,
    inRow: Boolean(row && inTable),
  }
}

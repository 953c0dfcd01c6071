// Scripts that run inside the page before any of its own code (Playwright init scripts). They are
// serialised with Function.prototype.toString, so they must not use anything from this module's scope.

/**
 * Moves the page's clock so that it reads SIM_NOW when the document starts, and then runs at real
 * speed. The simulator's data clock is frozen at SIM_NOW (SIM_LIVE=0), so "the last 24 hours" means
 * the same calls on every run. Only Date is shifted: timers, requestAnimationFrame and performance.now
 * stay real, which the measurements depend on (Playwright's page.clock would replace them).
 */
export function shiftClock(targetMs) {
  const RealDate = Date
  const offset = targetMs - RealDate.now()
  const now = () => RealDate.now() + offset
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length ? args : [now()], newTarget)
    },
    apply() {
      return new RealDate(now()).toString()
    },
    get(target, prop, receiver) {
      if (prop === 'now') return now
      return Reflect.get(target, prop, receiver)
    },
  })
}

/**
 * Records paint timings, long tasks, app marks and the moment data rows first appear, all relative
 * to navigation start (performance.now()). Read back with `window.__bench`. A row counts when it is a
 * data row of the calls table with some text (skeleton rows have none, or are hidden from assistive
 * technology); "loaded" is the table's aria-rowcount (without its header rows) when it declares one,
 * because a virtualized table only renders what is on screen.
 */
export function installProbe(cfg) {
  const bench = {
    fcp: null,
    lcp: null,
    longTasks: [],
    marks: {},
    firstRows: null,
    minRows: null,
  }
  window.__bench = bench
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true })
    } catch {
      // This entry type is not supported here; the figure stays null.
    }
  }
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime
  })
  observe('largest-contentful-paint', (e) => {
    const el = e.element
    const what = el
      ? `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`
      : null
    bench.lcp = { t: e.startTime, size: e.size, element: what }
  })
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }))
  observe('mark', (e) => {
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
    return { dom, loaded, busy: table.getAttribute('aria-busy') === 'true' }
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
  const tick = () => {
    const rows = bench.countRows()
    const t = performance.now()
    if (rows.dom > 0 && !bench.firstRows) bench.firstRows = { t, ...rows }
    if (rows.dom > 0 && rows.loaded >= cfg.minRows && !bench.minRows) bench.minRows = { t, ...rows }
    if (!bench.minRows && t < cfg.giveUpMs) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

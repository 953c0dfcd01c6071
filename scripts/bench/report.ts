// Turns the results into Markdown tables (stdout, and a .md next to the JSON in bench-results/).
import { hydratedFigure, ratio, yesNo } from './first-load-figures'
import type { ProfileSummary } from './profile'
import type { BenchResults, BudgetResult } from './results'
import type { ScaleEntry } from './run-scale'
import type { Summary } from './stats'

type Bundle = NonNullable<BenchResults['bundle']>
type FirstLoads = NonNullable<ScaleEntry['firstLoad']>
type FirstLoad = FirstLoads[string]
type AppFigures = FirstLoad['app']
type Interactions = NonNullable<ScaleEntry['interactions']>
type Scroll = NonNullable<BenchResults['scroll']>
type Totals = {
  js: { raw: number; gzip: number; brotli: number }
  css: { raw: number; gzip: number }
  files: number
}

const kb = (bytes: number | null | undefined) =>
  bytes === null || bytes === undefined ? '—' : (bytes / 1000).toFixed(1)
const ms = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v)))

/** "median [min–max]" of a summary, or — when nothing was measured. */
export function mmm(s: Summary | null | undefined, unit = '') {
  if (!s || s.median === null || s.median === undefined) return '—'
  return `${ms(s.median)}${unit} [${ms(s.min)}–${ms(s.max)}]`
}

export const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

function bundleSection(bundle: Bundle) {
  const line = (name: string, t: Totals) => [
    name,
    kb(t.js.raw),
    kb(t.js.gzip),
    kb(t.js.brotli),
    kb(t.css.raw),
    kb(t.css.gzip),
    String(t.files),
  ]
  const rows = [line('/calls first load', bundle.firstLoad)]
  for (const route of bundle.routes) rows.push(line(`${route.name} (lazy, on top)`, route.lazy))
  const head = ['what', 'JS raw kB', 'JS gzip kB', 'JS brotli kB', 'CSS raw kB', 'CSS gzip kB', 'files']
  return `### Bundle (cold loads; gzip = zlib level 6)\n\n${table(head, rows)}`
}

function firstLoadSection(name: string, scale: ScaleEntry) {
  const fl = scale.firstLoad
  if (!fl) return ''
  const cols = Object.keys(fl)
  const head = ['figure (ms, median [min–max])']
  for (const c of cols) head.push(`${c} /calls`, `${c} static baseline`)
  const row = (label: string, field: keyof AppFigures & SummaryField) => {
    const cells = [label]
    for (const c of cols) cells.push(mmm(fl[c]?.app[field]), mmm(fl[c]?.baseline?.[field]))
    return cells
  }
  const rows = [
    row('First Contentful Paint', 'fcp'),
    row('Largest Contentful Paint', 'lcp'),
    row('first rows visible', 'firstRows'),
    row('≥ 50 rows loaded', 'minRows'),
    row('app mark calls:first-rows', 'appMark'),
    row('hydrated (mark calltrail:hydrated)', 'hydrated'),
    row('Direction → Inbound took effect (URL), filter load', 'filterEffect'),
    row('filter change done (inbound rows shown), filter load', 'filterDone'),
    row('longest task before the rows', 'longestTaskBeforeRows'),
    row('main-thread CPU until the rows', 'cpuToRows'),
    row('main-thread busy (wall) until the rows', 'busyToRows'),
  ]
  const loaded = [`rows loaded at first rows`]
  for (const c of cols) loaded.push(mmm(fl[c]?.app.firstRowsLoaded), mmm(fl[c]?.baseline?.firstRowsLoaded))
  rows.push(loaded)
  const feed = scale.feed
    ? `\n\nData path alone (the default view's first /api/calls page fetched in Node, no rendering): ${mmm(scale.feed.first50)} ms, ${scale.feed.requests} requests.`
    : ''
  return `### First load of /calls — ${name} scale\n\n${table(head, rows)}${feed}\n\n${serverRenderingSection(fl)}`
}

type SummaryField =
  | 'fcp'
  | 'lcp'
  | 'firstRows'
  | 'minRows'
  | 'appMark'
  | 'hydrated'
  | 'filterEffect'
  | 'filterDone'
  | 'longestTaskBeforeRows'
  | 'cpuToRows'
  | 'busyToRows'

const x = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`)
const cls = (s: Summary | undefined) =>
  !s || s.median === null
    ? '—'
    : `${s.median.toFixed(3)} [${(s.min ?? 0).toFixed(3)}–${(s.max ?? 0).toFixed(3)}]`

/** Issue 15's figures per CPU rate: each against its budget, from the same runs as the table above. */
export function serverRenderingSection(fl: FirstLoads) {
  const cols = Object.keys(fl)
  const line = (label: string, cell: (load: FirstLoad) => string) => [
    label,
    ...cols.map((c) => {
      const load = fl[c]
      return load ? cell(load) : '—'
    }),
  ]
  const rows = [
    line('first ≥ 50 rows ÷ static baseline, medians (≤ 1.1×)', (l) =>
      x(ratio(l.app.minRows.median, l.baseline?.minRows.median)),
    ),
    line(
      'Largest Contentful Paint, /calls / static baseline',
      (l) => `${mmm(l.app.lcp)} / ${mmm(l.baseline?.lcp)}`,
    ),
    line('LCP element is a row (every run)', (l) => yesNo(l.app.lcpIsRow ?? [])),
    line('LCP element', (l) =>
      l.app.lcpPaths?.length ? l.app.lcpPaths.map((p) => `\`${p}\``).join(', ') : '—',
    ),
    line('CLS until 1 s after the rows, /calls (= 0)', (l) => cls(l.app.cls)),
    line('CLS until 1 s after the rows, static baseline', (l) => cls(l.baseline?.cls)),
    line('shifted elements (largest shift, /calls)', (l) =>
      l.app.clsElements?.length
        ? l.app.clsElements.map((e) => `\`${e.path}\` ${e.value.toFixed(3)}`).join(', ')
        : '—',
    ),
    line('hydrated at (mark)', (l) => (l.hydrationMark ? mmm(l.app.hydrated) : '— (the app sets no mark)')),
    line(
      'filter change done at (Direction → Inbound, rows replaced)',
      (l) => `${mmm(l.app.filterDone)} (${l.filterMode ?? '?'}; took effect ${mmm(l.app.filterEffect)})`,
    ),
    line('hydrated ÷ first ≥ 50 rows, medians (≤ 1.5×)', (l) => {
      const h = hydratedFigure(l.app)
      const value = x(ratio(h.value, l.app.minRows.median))
      return h.basis && h.basis !== 'mark' ? `${value} (no mark: ${h.basis}, ${ms(h.value)} ms)` : value
    }),
  ]
  const notes = cols.flatMap((c) => (fl[c]?.app.filterNotes ?? []).map((n) => `${c}: ${n ?? ''}`))
  return (
    `Server rendering figures (issue 15; the filter times come from one more cold load per run):\n\n` +
    table(['figure', ...cols], rows) +
    (notes.length ? `\n\nFilter load notes: ${notes.join('; ')}.` : '')
  )
}

function interactionSection(name: string, it: Interactions | undefined) {
  if (!it) return ''
  const rows = Object.entries(it.filters).map(([filter, s]) => [
    `filter ${filter} → new rows`,
    mmm(s),
    s.methods.join(', ') || '—',
    s.notes.join('; '),
  ])
  rows.push([
    'Enter on a row → call timeline',
    mmm(it.openCall),
    it.openCall.methods.join(', ') || '—',
    it.openCall.notes.join('; '),
  ])
  return `### Interactions — ${name} scale (${it.cpuThrottle}× CPU)\n\n${table(['interaction', 'ms median [min–max]', 'how', 'notes'], rows)}`
}

function scrollSection(scroll: Scroll | undefined) {
  if (!scroll) return ''
  if (!scroll.loading)
    return `### Scrolling (SIM_SCALE ${scroll.scale})\n\n${'note' in scroll ? scroll.note : ''}`
  const l = scroll.loading
  const r = scroll.feedReach
  const reach = r
    ? `The same feed in Node (no browser) reached ${r.reached.toLocaleString('en-US')} calls in ${Math.round(r.ms / 1000)} s ` +
      `(${r.requests} requests, ${r.megabytes} MB; per source ${Object.entries(r.perSource)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; ${r.done ? 'every source exhausted' : 'stopped early'}).\n\n`
    : ''
  const head = [
    'rate',
    'frames',
    '% > 16.7 ms',
    'frames > 50 ms',
    'p95 frame',
    'longest frame',
    'long tasks',
    'longest task',
  ]
  const rows = scroll.runs.map((r) => [
    `${r.pxPerSecond} px/s × ${r.seconds} s`,
    String(r.frames),
    String(r.shareOver16_7),
    String(r.framesOver50),
    `${r.p95FrameMs} ms`,
    `${r.longestFrameMs} ms`,
    String(r.longTasks),
    `${r.longestTaskMs} ms`,
  ])
  return (
    `### Scrolling (SIM_SCALE ${scroll.scale}, /calls?${scroll.params})\n\n${reach}` +
    `Loaded ${l.loaded.toLocaleString('en-US')} calls in ${Math.round(l.ms / 1000)} s (${l.stopped}` +
    `${l.nudges ? `; pressed Load more calls ${l.nudges}×` : ''}${l.wiggles ? `; auto-load stalled and needed a scroll up and back ${l.wiggles}×` : ''}); ` +
    (l.stopped === 'target' ? '' : `the page said: “${l.note}”; `) +
    `JS heap after loading ${scroll.heapMB} MB; ${scroll.domNodes} DOM elements.\n\n${table(head, rows)}` +
    (scroll.profile
      ? `\n\nCPU profile of one more ${scroll.runs[0]?.pxPerSecond ?? ''} px/s run: ${profileLine(scroll.profile)}`
      : '')
  )
}

function serverSection(name: string, scale: ScaleEntry) {
  const s = scale.server
  if (!s) return ''
  const head = ['endpoint', 'bytes', 'in-process p50/p95']
  const conns = (Object.values(s.gateway)[0] ?? []).map((x) => x.connections)
  for (const c of conns)
    head.push(`gateway c=${c} p50/p95/p99`, `direct c=${c} p50/p95`, `gateway c=${c} req/s`)
  const rows = Object.keys(s.gateway).map((endpoint) => {
    const ip = s.inProcess?.[endpoint]
    const cells = [endpoint, ip ? kb(ip.bytes) + ' kB' : '—', ip ? `${ip.p50} / ${ip.p95}` : '—']
    for (const c of conns) {
      const g = s.gateway[endpoint]?.find((x) => x.connections === c)
      const d = s.direct?.[endpoint]?.find((x) => x.connections === c)
      // A run with no answer inside its window has no percentiles (null), which is not "0 ms".
      const none = (x: { p50: number | null } | undefined) => !x || x.p50 === null
      cells.push(
        !g || none(g) ? (g ? 'no answer in time' : '—') : `${g.p50} / ${g.p95} / ${g.p99}`,
        !d || none(d) ? (d ? 'no answer in time' : '—') : `${d.p50} / ${d.p95}`,
        g ? String(g.rps) : '—',
      )
    }
    return cells
  })
  return `### Gateway → simulator — ${name} scale (ms)\n\n${table(head, rows)}`
}

const profileLine = (p: ProfileSummary | null | undefined) =>
  p
    ? p.byGroup
        .slice(0, 8)
        .map((g) => `${g.name} ${Math.round(g.ms)}`)
        .join(' · ')
    : null

/** Where the CPU time of the one profiled run of each measurement went (self time, ms). */
function profileSection(name: string, scale: ScaleEntry) {
  const lines: string[][] = []
  for (const [throttle, load] of Object.entries(scale.firstLoad ?? {})) {
    if (load.profile) lines.push([`first load of /calls, ${throttle}`, profileLine(load.profile) ?? '—'])
  }
  for (const [filter, s] of Object.entries(scale.interactions?.filters ?? {})) {
    if (s.profile) lines.push([`filter ${filter}`, profileLine(s.profile) ?? '—'])
  }
  if (scale.interactions?.openCall?.profile)
    lines.push(['Enter → call timeline', profileLine(scale.interactions.openCall.profile) ?? '—'])
  if (!lines.length) return ''
  return `### CPU profiles — ${name} scale (self time per package or folder, ms; one extra run each)\n\n${table(['measurement', 'where the time went'], lines)}`
}

type ServerFigures = Pick<ScaleEntry, 'scale' | 'seeded' | 'startupMs' | 'counts'>

function seedingSection(results: BenchResults) {
  const servers: [string, ServerFigures][] = Object.entries(results.scales).flatMap(([name, s]) =>
    s ? [[name, s] as [string, ServerFigures]] : [],
  )
  if (results.scroll?.counts) servers.push(['scroll', results.scroll])
  const rows = servers.map(([name, s]) => [
    name,
    String(s.scale),
    s.seeded ? `${(s.seeded.seedMs / 1000).toFixed(1)} s (seeded now)` : 'reused an earlier seed',
    `${(s.startupMs / 1000).toFixed(1)} s`,
    s.counts
      ? `${count(s.counts, 'tx_events').toLocaleString('en-US')} events / ${(count(s.counts, 'tx_sessions') + count(s.counts, 'lp_calls') + count(s.counts, 'sk_calls') + count(s.counts, 'cb_calls')).toLocaleString('en-US')} calls`
      : '—',
  ])
  return `### Servers\n\n${table(['scale', 'SIM_SCALE', 'seeding', 'start-up to /healthz', 'Telnyx events / calls (all providers)'], rows)}`
}

const count = (counts: Record<string, number>, key: string) => counts[key] ?? NaN

function budgetSection(budgets: BudgetResult[]) {
  const rows = budgets.map((b) => [
    b.label,
    b.limit,
    b.value === null || b.value === undefined ? '—' : `${b.value} ${b.unit ?? ''}`,
    b.verdict + (b.note ? ` (${b.note})` : ''),
  ])
  return `### Budgets\n\n${table(['budget', 'limit', 'measured', 'verdict'], rows)}`
}

export function renderReport(results: BenchResults, budgets: BudgetResult[]) {
  const parts = [
    `## Benchmark ${results.meta.startedAt}`,
    `Command: \`${results.meta.command}\` · ${String(results.meta.machine.summary)}`,
  ]
  if (results.bundle) parts.push(bundleSection(results.bundle))
  if (results.composition?.markdown) parts.push(results.composition.markdown)
  parts.push(seedingSection(results))
  for (const [name, scale] of Object.entries(results.scales)) {
    if (!scale) continue
    parts.push(
      firstLoadSection(name, scale),
      interactionSection(name, scale.interactions),
      profileSection(name, scale),
      serverSection(name, scale),
    )
  }
  parts.push(scrollSection(results.scroll), budgetSection(budgets))
  return parts.filter(Boolean).join('\n\n') + '\n'
}

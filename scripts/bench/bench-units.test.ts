import { describe, expect, it } from 'vitest'
import { HYDRATED_MARK, markHydrated } from '../../src/app/hydration-mark'
import { checkBudgets } from './budgets'
import { hydratedFigure, layoutShiftUntil, lcpPlace, ratio, yesNo } from './first-load-figures'
import { lastLcpCandidate, sumMainThread } from './main-thread'
import { firstLoadFiles } from './composition'
import { groupOf } from './source-groups'
import { INDEX_BUDGETS, rssAt } from './index-budgets'
import { renderIndexReport } from './index-report'
import { mmm, renderReport } from './report'
import type { BenchResults } from './results'
import { parseOptions } from './options'
import { percentile, summarize } from './stats'

describe('stats', () => {
  it('summarises numeric runs and counts the runs that measured nothing', () => {
    expect(summarize([30, 10, null, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 4, missing: 1 })
    expect(summarize([1, 2, 3, 4]).median).toBe(2.5)
    expect(summarize([null, null]).median).toBeNull()
  })

  it('uses nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 95)).toBe(95)
    expect(percentile(sorted, 50)).toBe(50)
    expect(percentile([], 95)).toBeNull()
  })
})

describe('budgets', () => {
  const verdict = (results: object, id: string) => checkBudgets(results).find((b) => b.id === id)?.verdict

  it('skips budgets whose section did not run', () => {
    expect(verdict({ scales: {} }, 'first-load-js')).toBe('skipped')
  })

  it('tells met from missed, and a section that ran without a figure from both', () => {
    const bundle = (gzip: number) => ({ bundle: { firstLoad: { js: { gzip } } }, scales: {} })
    expect(verdict(bundle(124_000), 'first-load-js')).toBe('met')
    expect(verdict(bundle(126_000), 'first-load-js')).toBe('missed')
    const firstLoad = (median: number | null) => ({
      scales: { default: { firstLoad: { '1x': { app: { minRows: { median } } } } } },
    })
    expect(verdict(firstLoad(240), 'first-rows-1x-default')).toBe('met')
    expect(verdict(firstLoad(260), 'first-rows-1x-default')).toBe('missed')
    expect(verdict(firstLoad(null), 'first-rows-1x-default')).toBe('unmeasured')
  })

  it('holds the first rows within 1.1× the static baseline (issue 15)', () => {
    const ratioOf = (app: number, base: number) =>
      checkBudgets(
        {
          scales: {
            big: {
              firstLoad: {
                '4x': { app: { minRows: { median: app } }, baseline: { minRows: { median: base } } },
              },
            },
          },
        },
        INDEX_BUDGETS,
      ).find((b) => b.id === 'index-first-rows-ratio-4x-big')
    expect(ratioOf(540, 500)).toMatchObject({ verdict: 'met', value: 1.08 })
    expect(ratioOf(560, 500)).toMatchObject({ verdict: 'missed', value: 1.12 })
  })

  it('checks the LCP row, CLS = 0 and hydrated ÷ rows budgets of issue 15', () => {
    const load = (app: object) => ({
      scales: { default: { firstLoad: { '1x': { app: { minRows: { median: 200 }, ...app } } } } },
    })
    expect(verdict(load({ lcpIsRow: [true, true] }), 'lcp-row-1x-default')).toBe('met')
    expect(verdict(load({ lcpIsRow: [true, false] }), 'lcp-row-1x-default')).toBe('missed')
    expect(verdict(load({ lcpIsRow: [null, null] }), 'lcp-row-1x-default')).toBe('unmeasured')
    expect(verdict(load({ cls: { max: 0 } }), 'cls-load-1x-default')).toBe('met')
    expect(verdict(load({ cls: { max: 0.0004 } }), 'cls-load-1x-default')).toBe('missed')
    expect(verdict(load({ hydrated: { median: 290 } }), 'hydrated-ratio-1x-default')).toBe('met')
    expect(verdict(load({ hydrated: { median: 310 } }), 'hydrated-ratio-1x-default')).toBe('missed')
    const fallback = checkBudgets(
      load({ hydrated: { median: null }, filterEffectAttempt: { median: 100 } }),
    ).find((b) => b.id === 'hydrated-ratio-1x-default')
    expect(fallback).toMatchObject({
      verdict: 'met',
      value: 0.5,
      note: 'no hydration mark: first working Direction change',
    })
    expect(verdict(load({}), 'hydrated-ratio-1x-default')).toBe('unmeasured')
  })

  it('misses the scrolling budget when fewer than 100,000 calls were loaded, however smooth', () => {
    const scroll = (loaded: number) => ({
      scales: {},
      scroll: { loading: { loaded }, runs: [{ longestFrameMs: 20 }] },
    })
    expect(verdict(scroll(100_000), 'scroll-100k')).toBe('met')
    expect(verdict(scroll(60_000), 'scroll-100k')).toBe('missed')
  })
})

describe('composition groups', () => {
  it('groups sources by package, scoped packages and src folders', () => {
    expect(groupOf('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom')
    expect(groupOf('../../node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '@tanstack/query-core',
    )
    expect(groupOf('../../src/app/router.tsx')).toBe('src/app')
    expect(groupOf('../../src/features/calls/table/calls-table.tsx')).toBe('src/features/calls')
    expect(groupOf(null)).toBe('(unmapped)')
  })
})

describe('first-load files from the manifest', () => {
  it('follows the entry and the calls route through their static imports, JS only', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        imports: ['_vendor.js', '_style.css'],
        dynamicImports: ['src/app/routes/calls-route.tsx', 'src/app/routes/lead-route.tsx'],
      },
      '_vendor.js': { file: 'assets/vendor.js' },
      '_style.css': { file: 'assets/style.css' },
      'src/app/routes/calls-route.tsx': {
        file: 'assets/calls-route.js',
        imports: ['_vendor.js', '_table.js'],
      },
      '_table.js': { file: 'assets/table.js' },
      'src/app/routes/lead-route.tsx': { file: 'assets/lead-route.js' },
    }
    expect(firstLoadFiles(manifest)).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/calls-route.js',
      'assets/table.js',
    ])
  })
})

describe('reports', () => {
  const summary = (median: number | null) => ({ median, min: median, max: median, runs: 1, missing: 0 })
  const results = {
    meta: {
      startedAt: '2026-12-05T20:00:00.000Z',
      command: 'npm run bench',
      machine: { summary: '2 cores' },
    },
    scales: {
      default: {
        scale: 1,
        seeded: null,
        startupMs: 1500,
        counts: { tx_events: 10, tx_sessions: 1, lp_calls: 2, sk_calls: 3, cb_calls: 4 },
        interactions: {
          cpuThrottle: 1,
          filters: { direction: { ...summary(278), methods: ['select'], notes: [], samples: [] } },
          openCall: { ...summary(null), methods: [], notes: ['no rows on /calls'], samples: [] },
        },
      },
    },
  } as unknown as BenchResults

  it('keeps the section names and table rows BENCHMARKS.md refers to', () => {
    const markdown = renderReport(results, [
      { id: 'x', label: 'a budget', limit: '≤ 1 ms', verdict: 'missed', value: 2, unit: 'ms', note: null },
    ])
    expect(markdown).toContain('## Benchmark 2026-12-05T20:00:00.000Z')
    expect(markdown).toContain('| default | 1 | reused an earlier seed | 1.5 s | 10 events / 10 calls |')
    expect(markdown).toContain('### Interactions — default scale (1× CPU)')
    expect(markdown).toContain('| filter direction → new rows | 278 [278–278] | select |  |')
    expect(markdown).toContain('| Enter on a row → call timeline | — | — | no rows on /calls |')
    expect(markdown).toContain('| a budget | ≤ 1 ms | 2 ms | missed |')
  })

  it('writes "—" for a figure that was not measured', () => {
    expect(mmm(summary(null))).toBe('—')
    expect(mmm(undefined)).toBe('—')
    expect(mmm({ median: 12.4, min: 10, max: 15.6, runs: 3, missing: 0 }, ' ms')).toBe('12 ms [10–16]')
  })

  it('renders no index tables when the index section did not run', () => {
    expect(renderIndexReport(results)).toBe('')
  })
})

describe('RSS at a fraction of the sync', () => {
  it('takes the sample nearest in time', () => {
    const samples = [
      { t: 0, rss: 100 },
      { t: 240, rss: 200 },
      { t: 600, rss: 300 },
      { t: 1000, rss: 400 },
    ]
    expect(rssAt(samples, 0.25)).toBe(200)
    expect(rssAt(samples, 1)).toBe(400)
    expect(rssAt([], 0.5)).toBeNull()
  })
})

describe('options', () => {
  it('selects sections and scales, and refuses unknown ones', () => {
    const opts = parseOptions(['--only', 'server,bundle', '--runs', '3', '--scale-only', 'default'])
    expect([...opts.sections].sort()).toEqual(['bundle', 'server'])
    expect(opts.scales).toEqual(['default'])
    expect(opts.runs).toBe(3)
    expect(() => parseOptions(['--only', 'paint'])).toThrow(/unknown section/)
    expect(() => parseOptions(['--scales', 'huge'])).toThrow(/unknown scale/)
  })
})

describe('first-load figures (issue 15)', () => {
  it('sums layout shifts without recent input until the window closes, and ranks the shifted elements', () => {
    const shifts = [
      { t: 100, value: 0.01, hadRecentInput: false, sources: ['main > div.a', 'main > div.b'] },
      { t: 200, value: 0.5, hadRecentInput: true, sources: ['main > div.c'] },
      { t: 300, value: 0.02, hadRecentInput: false, sources: ['main > div.b', 'main > div.b'] },
      { t: 1500, value: 0.3, hadRecentInput: false, sources: ['footer'] },
    ]
    const out = layoutShiftUntil(shifts, 1000)
    expect(out.cls).toBeCloseTo(0.03)
    expect(out.shifts).toBe(2)
    expect(out.elements.map((e) => e.path)).toEqual(['main > div.b', 'main > div.a'])
    expect(out.elements[0]?.value).toBeCloseTo(0.03)
    expect(layoutShiftUntil(shifts, null).cls).toBeCloseTo(0.33)
    expect(layoutShiftUntil([], 1000)).toEqual({ cls: 0, shifts: 0, elements: [] })
  })

  it('tells where the largest contentful paint was', () => {
    expect(lcpPlace({ inTable: true, inRow: true })).toBe('row')
    expect(lcpPlace({ inTable: true, inRow: false })).toBe('table')
    expect(lcpPlace({ inTable: false, inRow: false })).toBe('other')
    expect(lcpPlace({ inTable: null, inRow: null })).toBeNull()
    expect(lcpPlace(null)).toBeNull()
  })

  it('takes the hydration mark, else the first working filter change, and divides medians', () => {
    expect(hydratedFigure({ hydrated: { median: 300 }, filterEffectAttempt: { median: 100 } })).toEqual({
      value: 300,
      basis: 'mark',
    })
    expect(hydratedFigure({ hydrated: { median: null }, filterEffectAttempt: { median: 100 } }).basis).toBe(
      'first working Direction change',
    )
    expect(hydratedFigure({})).toEqual({ value: null, basis: null })
    expect(ratio(300, 200)).toBe(1.5)
    expect(ratio(300, null)).toBeNull()
    expect(ratio(300, 0)).toBeNull()
  })

  it("takes the trace's last largest-contentful-paint candidate of the main frame", () => {
    const candidate = (index: number, nodeId: number, main = true) => ({
      name: 'largestContentfulPaint::Candidate',
      ts: index,
      args: {
        data: {
          candidateIndex: index,
          nodeId,
          nodeName: `n${nodeId}`,
          size: nodeId * 10,
          type: 'text',
          isOutermostMainFrame: main,
        },
      },
    })
    const events = [
      candidate(2, 12),
      { name: 'other', ts: 3, args: {} },
      candidate(1, 3),
      candidate(3, 99, false),
    ]
    expect(lastLcpCandidate(events)).toEqual({ nodeId: 12, nodeName: 'n12', size: 120, type: 'text' })
    expect(lastLcpCandidate([])).toBeNull()
    expect(sumMainThread(events, '/calls', null)).toEqual({ cpuMs: null, busyMs: null })
  })

  it('counts yes/no over runs', () => {
    expect(yesNo([true, true])).toBe('yes (2/2)')
    expect(yesNo([false, false])).toBe('no (0/2)')
    expect(yesNo([true, false, null])).toBe('mixed (1/2; 1 unknown)')
    expect(yesNo([null])).toBe('—')
  })
})

describe('markHydrated', () => {
  it('marks once and sets <html data-hydrated>, and does nothing without a document', () => {
    markHydrated()
    const marks: string[] = []
    const dataset: Record<string, string> = {}
    const fakePerformance = {
      getEntriesByName: (name: string) => marks.filter((m) => m === name),
      mark: (name: string) => marks.push(name),
    }
    const fakeDocument = { documentElement: { dataset } }
    const real = {
      performance: globalThis.performance,
      document: (globalThis as { document?: unknown }).document,
    }
    Object.assign(globalThis, { performance: fakePerformance, document: fakeDocument })
    try {
      markHydrated()
      markHydrated()
      expect(marks).toEqual([HYDRATED_MARK])
      expect(dataset.hydrated).toBe('true')
    } finally {
      Object.assign(globalThis, real)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { checkBudgets } from './budgets.mjs'
import { groupOf } from './source-groups.mjs'
import { parseOptions } from './options.mjs'
import { percentile, summarize } from './stats.mjs'

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
    expect(verdict(bundle(109_000), 'first-load-js')).toBe('met')
    expect(verdict(bundle(111_000), 'first-load-js')).toBe('missed')
    const firstLoad = (median: number | null) => ({
      scales: { default: { firstLoad: { '1x': { app: { minRows: { median } } } } } },
    })
    expect(verdict(firstLoad(240), 'first-rows-1x-default')).toBe('met')
    expect(verdict(firstLoad(260), 'first-rows-1x-default')).toBe('missed')
    expect(verdict(firstLoad(null), 'first-rows-1x-default')).toBe('unmeasured')
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

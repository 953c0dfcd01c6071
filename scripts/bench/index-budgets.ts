// Issue 12's budgets, read from the results like budgets.mjs reads issue 8's (checkBudgets evaluates them).
import type { Budget } from './budgets'
import { INDEX_BUDGET_CONNECTIONS } from './index-load'

/** RSS may grow by this much from a quarter into the sync to its end and still count as flat. */
export const FLAT_RSS_MB = 64

function rowsRatioBudget(scale: 'default' | 'big', throttle: number): Budget {
  return {
    id: `index-first-rows-ratio-${throttle}x-${scale}`,
    label: `/calls first ≥50 rows ÷ static baseline, medians, ${throttle}× CPU (${scale} scale)`,
    // Issue 15 (server rendering) tightened it from issue 12's 1.5×.
    limit: '≤ 1.1×',
    read: (r) => {
      const load = r.scales?.[scale]?.firstLoad?.[`${throttle}x`]
      if (!load) return undefined
      const app = load.app?.minRows?.median
      const base = load.baseline?.minRows?.median
      return { value: app && base ? app / base : null, ok: (v) => v <= 1.1, unit: '×', digits: 2 }
    },
  }
}

function transferBudget(scale: 'default' | 'big'): Budget {
  return {
    id: `index-first-view-transfer-${scale}`,
    label: `/calls first view: /api data until ≥50 rows (${scale} scale)`,
    limit: '≤ 150 kB in ≤ 3 requests',
    read: (r) => {
      const app = r.scales?.[scale]?.firstLoad?.['1x']?.app
      if (!app?.apiBytes) return undefined
      const requests = app.apiRequests?.max ?? null
      const bytes = app.apiBytes.max ?? null
      return {
        value: bytes === null ? null : bytes / 1000,
        ok: (v) => v <= 150 && requests !== null && requests <= 3,
        unit: `kB in ${requests ?? '?'} requests`,
      }
    },
  }
}

export const INDEX_BUDGETS: Budget[] = [
  ...(['default', 'big'] as const).flatMap((s) => [
    rowsRatioBudget(s, 1),
    rowsRatioBudget(s, 4),
    transferBudget(s),
  ]),
  {
    id: 'index-lead-complete-big',
    label: 'lead page complete activity, median (big scale)',
    limit: '≤ 1,000 ms',
    read: (r) => {
      const lead = r.index?.big?.lead
      if (!lead) return undefined
      return { value: lead.complete?.median, ok: (v) => v <= 1000, unit: 'ms' }
    },
  },
  {
    id: 'index-api-calls-p95-big',
    label: `/api/calls first page p95, ${INDEX_BUDGET_CONNECTIONS} connections, varied filters (big scale)`,
    limit: '≤ 20 ms',
    read: (r) => {
      const runs = r.index?.big?.load?.runs
      if (!runs) return undefined
      const run = runs.find((x) => x?.connections === INDEX_BUDGET_CONNECTIONS)
      return { value: run?.p95 ?? null, ok: (v) => v <= 20 && run?.non2xx === 0, unit: 'ms' }
    },
  },
  {
    id: 'index-export-100k',
    label: 'CSV export of ≥ 100,000 calls, slowest run (big scale)',
    limit: '≤ 10 s',
    read: (r) => {
      const runs = r.index?.big?.exports
      if (!runs?.length) return undefined
      const rows = Math.min(...runs.map((x) => x?.rows ?? 0))
      const slowest = Math.max(...runs.map((x) => x?.ms ?? NaN))
      return {
        value: slowest / 1000,
        ok: (v) => v <= 10 && rows >= 100_000,
        unit: `s for ${rows.toLocaleString('en-US')} rows`,
        note: rows < 100_000 ? 'fewer than 100,000 rows' : null,
      }
    },
  },
  {
    id: 'index-sync-memory-big',
    label: `RSS flat while syncing from empty: end − RSS a quarter into the sync (big scale)`,
    limit: `≤ ${FLAT_RSS_MB} MB`,
    read: (r) => {
      const sync = r.index?.big?.sync
      if (!sync) return undefined
      const quarter = rssAt(sync.rssSamples, 0.25)
      const end = sync.rssSamples?.at(-1)?.rss
      const value = quarter && end && sync.settled ? (end - quarter) / 1e6 : null
      return { value, ok: (v) => v <= FLAT_RSS_MB, unit: 'MB' }
    },
  },
]

/** RSS (bytes) of the sample nearest to `fraction` of the sampled span. */
export function rssAt(samples: { t?: number; rss?: number }[] | undefined, fraction: number): number | null {
  const last = samples?.at(-1)
  if (!samples || !last) return null
  const t = (last.t ?? 0) * fraction
  const near = (s: { t?: number }) => Math.abs((s.t ?? 0) - t)
  return samples.reduce((best, s) => (near(s) < near(best) ? s : best)).rss ?? null
}

// The budgets (BENCHMARKS.md "Budgets"), each read from the results. A budget whose section ran but
// produced no figure is a miss (it could not be shown to hold); one whose section was not run is skipped.
import { SERVER_BUDGET_CONNECTIONS, SCROLL_TARGET_CALLS } from './config'
import { hydratedFigure, ratio } from './first-load-figures'
import type { BenchResults, BudgetResult, DeepPartial } from './results'

/** What a budget reads from a run: its figure and how to judge it; undefined when its section did not run. */
export type Reading = {
  value: number | null | undefined
  ok: (value: number) => boolean
  unit: string
  note?: string | null
  digits?: number
}

export type Budget = {
  id: string
  label: string
  limit: string
  read: (results: DeepPartial<BenchResults>) => Reading | undefined
}

type Scale = 'default' | 'big'

const KB = 1000

function firstRowsBudget(scale: Scale, throttle: number, limit: number): Budget {
  return {
    id: `first-rows-${throttle}x-${scale}`,
    label: `/calls first ≥50 rows, median, ${throttle}× CPU (${scale} scale)`,
    limit: `≤ ${limit} ms`,
    read: (r) => {
      const load = r.scales?.[scale]?.firstLoad?.[`${throttle}x`]
      if (!load) return undefined
      return { value: load.app?.minRows?.median, ok: (v) => v <= limit, unit: 'ms' }
    },
  }
}

function filterBudget(scale: Scale, name: string): Budget {
  return {
    id: `filter-${name}-${scale}`,
    label: `filter change (${name}) to new rows, median (${scale} scale)`,
    limit: '≤ 150 ms',
    read: (r) => {
      const filter = r.scales?.[scale]?.interactions?.filters?.[name]
      if (!filter) return undefined
      return { value: filter.median, ok: (v) => v <= 150, unit: 'ms' }
    },
  }
}

/** Issue 15: the Largest Contentful Paint is a row of the calls table, in every run. */
function lcpRowBudget(scale: Scale, throttle: number): Budget {
  return {
    id: `lcp-row-${throttle}x-${scale}`,
    label: `/calls Largest Contentful Paint is a calls-table row, every run, ${throttle}× CPU (${scale} scale)`,
    limit: 'every run',
    read: (r) => {
      const load = r.scales?.[scale]?.firstLoad?.[`${throttle}x`]
      if (!load) return undefined
      const runs = load.app?.lcpIsRow ?? []
      const known = runs.filter((v) => v === true || v === false)
      const rows = known.filter(Boolean).length
      return {
        value: known.length ? rows : null,
        ok: () => rows === runs.length,
        unit: `of ${runs.length} runs`,
      }
    },
  }
}

/** Issue 15: no layout shift from navigation until a second after the rows, in any run. */
function clsBudget(scale: Scale, throttle: number): Budget {
  return {
    id: `cls-load-${throttle}x-${scale}`,
    label: `/calls layout shift until 1 s after the rows, worst run, ${throttle}× CPU (${scale} scale)`,
    limit: '= 0',
    read: (r) => {
      const load = r.scales?.[scale]?.firstLoad?.[`${throttle}x`]
      if (!load) return undefined
      return { value: load.app?.cls?.max ?? null, ok: (v) => v === 0, unit: '', digits: 3 }
    },
  }
}

/** Issue 15: a filter change works (hydrated) within 1.5× the first ≥ 50 rows. */
function hydratedBudget(scale: Scale, throttle: number): Budget {
  return {
    id: `hydrated-ratio-${throttle}x-${scale}`,
    label: `/calls hydrated ÷ first ≥50 rows, medians, ${throttle}× CPU (${scale} scale)`,
    limit: '≤ 1.5×',
    read: (r) => {
      const load = r.scales?.[scale]?.firstLoad?.[`${throttle}x`]
      if (!load) return undefined
      const hydrated = hydratedFigure(load.app)
      return {
        value: ratio(hydrated.value, load.app?.minRows?.median),
        ok: (v) => v <= 1.5,
        unit: '×',
        note:
          hydrated.basis === 'mark' || hydrated.basis === null
            ? null
            : `no hydration mark: ${hydrated.basis}`,
        digits: 2,
      }
    },
  }
}

export const BUDGETS: Budget[] = [
  {
    id: 'first-load-js',
    label: 'first-load JS of /calls, gzip',
    // Issue 15 (server rendering adds the hydration code): was 110 kB since issue 8.
    limit: '≤ 125 kB',
    read: (r) =>
      r.bundle
        ? { value: (r.bundle.firstLoad?.js?.gzip ?? NaN) / KB, ok: (v) => v <= 125, unit: 'kB' }
        : undefined,
  },
  firstRowsBudget('default', 1, 250),
  firstRowsBudget('default', 4, 550),
  firstRowsBudget('big', 1, 250),
  firstRowsBudget('big', 4, 550),
  ...(['default', 'big'] as const).flatMap((scale) =>
    [1, 4].flatMap((throttle) => [
      lcpRowBudget(scale, throttle),
      clsBudget(scale, throttle),
      hydratedBudget(scale, throttle),
    ]),
  ),
  ...['direction', 'status', 'period'].flatMap((name) => [
    filterBudget('default', name),
    filterBudget('big', name),
  ]),
  {
    id: 'scroll-100k',
    label: `no frame over 50 ms scrolling ${SCROLL_TARGET_CALLS.toLocaleString('en-US')} calls`,
    limit: '≤ 50 ms, ≥ 100k calls loaded',
    read: (r) => {
      const scroll = r.scroll
      if (!scroll) return undefined
      const loaded = scroll.loading?.loaded ?? 0
      const longest = Math.max(...(scroll.runs ?? []).map((run) => run.longestFrameMs ?? NaN))
      const value = scroll.runs?.length ? longest : null
      return {
        value,
        ok: (v) => v <= 50 && loaded >= SCROLL_TARGET_CALLS,
        unit: 'ms',
        note: loaded < SCROLL_TARGET_CALLS ? `only ${loaded.toLocaleString('en-US')} calls loaded` : null,
      }
    },
  },
  {
    id: 'gateway-telnyx-p95',
    label: `gateway → simulator p95, Telnyx 250-event page, 1M events, ${SERVER_BUDGET_CONNECTIONS} connections`,
    limit: '≤ 25 ms',
    read: (r) => {
      const runs = r.scales?.big?.server?.gateway?.['telnyx call_events 250 (24 h)']
      if (!runs) return undefined
      const run = runs.find((x) => x?.connections === SERVER_BUDGET_CONNECTIONS)
      return { value: run?.p95 ?? null, ok: (v) => v <= 25, unit: 'ms' }
    },
  },
]

/** Every budget with its figure and verdict: met, missed, unmeasured (ran, no figure) or skipped. */
export function checkBudgets(results: DeepPartial<BenchResults>, budgets = BUDGETS): BudgetResult[] {
  return budgets.map((budget): BudgetResult => {
    const reading = budget.read(results)
    if (reading === undefined)
      return { id: budget.id, label: budget.label, limit: budget.limit, verdict: 'skipped' }
    const { value, ok, unit, note, digits = 1 } = reading
    const verdict = value === null || value === undefined ? 'unmeasured' : ok(value) ? 'met' : 'missed'
    const f = 10 ** digits
    return {
      id: budget.id,
      label: budget.label,
      limit: budget.limit,
      value: typeof value === 'number' ? Math.round(value * f) / f : null,
      unit,
      verdict,
      note: note ?? null,
    }
  })
}

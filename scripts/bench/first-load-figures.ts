// Issue 15's first-load figures, computed in Node from what the page probe recorded (pure, unit-tested).

/**
 * Cumulative Layout Shift of the load: the sum of the layout-shift entries' values that had no recent
 * input, from navigation start until `untilMs` (page time, null: all), with the shifted elements ranked
 * by the shift they took part in (an entry's value counts once for each of its distinct elements).
 */
export function layoutShiftUntil(
  shifts: { t: number; value: number; hadRecentInput: boolean; sources?: string[] }[] | null | undefined,
  untilMs: number | null,
): { cls: number; shifts: number; elements: { path: string; value: number }[] } {
  const counted = (shifts ?? []).filter((s) => !s.hadRecentInput && (untilMs === null || s.t <= untilMs))
  const cls = counted.reduce((sum, s) => sum + s.value, 0)
  const byElement = new Map<string, number>()
  for (const shift of counted) {
    for (const path of new Set(shift.sources ?? []))
      byElement.set(path, (byElement.get(path) ?? 0) + shift.value)
  }
  const elements = [...byElement]
    .map(([path, value]) => ({ path, value }))
    .sort((a, b) => b.value - a.value || a.path.localeCompare(b.path))
  return { cls, shifts: counted.length, elements }
}

/** Where the Largest Contentful Paint was: 'row' (a data row of the calls table), 'table', 'other', or null. */
export function lcpPlace(
  lcp: { inTable?: boolean | null; inRow?: boolean | null } | null | undefined,
): 'row' | 'table' | 'other' | null {
  if (!lcp || lcp.inTable === null || lcp.inTable === undefined) return null
  if (lcp.inRow) return 'row'
  return lcp.inTable ? 'table' : 'other'
}

/** a ÷ b of two medians, or null when either is missing (or b is 0). */
export function ratio(a: unknown, b: unknown): number | null {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null
}

/**
 * "Hydrated" for the ratio to the first rows: the mark's time when the app sets it; otherwise the time
 * of the first Direction change that took effect (attempted again and again from the start).
 */
type Median = { median?: number | null } | null | undefined

export function hydratedFigure(app: { hydrated?: Median; filterEffectAttempt?: Median } | null | undefined): {
  value: number | null
  basis: string | null
} {
  const mark = app?.hydrated?.median
  if (typeof mark === 'number') return { value: mark, basis: 'mark' }
  const effect = app?.filterEffectAttempt?.median
  if (typeof effect === 'number') return { value: effect, basis: 'first working Direction change' }
  return { value: null, basis: null }
}

/** "yes (3/3)", "no (0/3)", "mixed (2/3)" for booleans over runs; nulls (not known) are left out. */
export function yesNo(values: readonly (boolean | null | undefined)[]): string {
  const known = values.filter((v) => v === true || v === false)
  if (!known.length) return '—'
  const yes = known.filter(Boolean).length
  const word = yes === known.length ? 'yes' : yes === 0 ? 'no' : 'mixed'
  const unknown = values.length - known.length
  return `${word} (${yes}/${known.length}${unknown ? `; ${unknown} unknown` : ''})`
}

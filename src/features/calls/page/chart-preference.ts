const STORAGE_KEY = 'calltrail.calls.volume-chart-open'

/**
 * Whether the volume chart is shown is a person's preference, like hidden columns, so it lives in
 * a preference cookie (src/lib/preferences.ts), not in the URL a link shares. Closed unless chosen: the list is the page (issue #14: the
 * chart's 250 px pushed the first row below a laptop's fold).
 */
export function loadChartOpen(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

export function saveChartOpen(open: boolean, storage: Pick<Storage, 'setItem'> | null) {
  try {
    storage?.setItem(STORAGE_KEY, open ? '1' : '0')
  } catch {
    // Storage may be full or disabled (private mode); the choice then lasts for this visit only.
  }
}

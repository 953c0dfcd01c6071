// The moment the page answers input (issue #15): the client entry calls markHydrated() right after
// hydration commits (a useEffect at the app's root), and the benchmark reads both signals. Kept in its
// own file so that the measurement and the server rendering can land independently.

/** The User Timing mark's name (`npm run bench` reads its startTime). */
export const HYDRATED_MARK = 'calltrail:hydrated'

/**
 * Records `performance.mark('calltrail:hydrated')` and sets `<html data-hydrated="true">`, once: later
 * calls (a remount, Strict Mode's second effect run) change nothing. Does nothing outside a browser.
 */
export function markHydrated(): void {
  if (typeof document === 'undefined') return
  const root = document.documentElement
  if (root.dataset.hydrated === 'true') return
  if (typeof performance !== 'undefined' && performance.getEntriesByName(HYDRATED_MARK, 'mark').length === 0)
    performance.mark(HYDRATED_MARK)
  // After the mark, so that whoever watches the attribute finds the mark already recorded.
  root.dataset.hydrated = 'true'
}

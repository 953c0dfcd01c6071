/**
 * Marks the moment the page reacts to input: after hydration of server HTML, or after the first render
 * of a browser-only start. The benchmark (scripts/bench) reads the mark; tests read the attribute.
 */
export function markHydrated(): void {
  if (document.documentElement.dataset.hydrated === 'true') return
  document.documentElement.dataset.hydrated = 'true'
  performance.mark('calltrail:hydrated')
}

import { useLayoutEffect } from 'react'

/**
 * Marks a moment on the page's performance timeline, where the benchmark (scripts/bench) and DevTools
 * read it. A mark is never worth an error: where `performance.mark` is missing (old browsers, some test
 * environments) or refuses the detail, nothing happens.
 */
export function perfMark(name: string, detail?: Record<string, unknown>): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  try {
    performance.mark(name, detail === undefined ? undefined : { detail })
  } catch {
    // The timeline is for measuring; the page works the same without the mark.
  }
}

/** Marks `name` right after the component's first commit, before the browser paints it. */
export function useMountMark(name: string): void {
  useLayoutEffect(() => perfMark(name), [name])
}

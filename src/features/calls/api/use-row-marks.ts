import { useLayoutEffect, useRef } from 'react'
import { perfMark } from '#lib/perf-mark'

/** Once per page load: the first commit that showed data rows. */
let firstRowsMarked = false

/**
 * Performance marks for the benchmark and DevTools: `calls:first-rows` after the first commit that shows
 * data rows, and `calls:rows-updated` after the commit that first shows a new query's own answer (not
 * the previous rows kept while it loads). The page's layout effects run after its table's, in the same
 * commit and before the browser paints. Coming back to a view already answered marks nothing.
 */
export function useRowMarks(key: string, answered: boolean, rows: number) {
  const marked = useRef<string | null>(answered ? key : null)
  useLayoutEffect(() => {
    if (!answered || marked.current === key) return
    if (!firstRowsMarked) {
      if (rows === 0) return
      firstRowsMarked = true
      marked.current = key
      perfMark('calls:first-rows', { rows })
      return
    }
    marked.current = key
    perfMark('calls:rows-updated', { filters: key, rows })
  }, [key, answered, rows])
}

import { useLayoutEffect, useRef } from 'react'
import { perfMark } from '../../../lib/perf-mark'
import type { FeedEntry } from './feed-cache'

/** Once per page load: the first commit that showed data rows. */
let firstRowsMarked = false

/**
 * Performance marks for the benchmark and DevTools: `calls:first-rows` after the first commit that shows
 * data rows, and `calls:rows-updated` after the commit that first shows a new filter set's own answer
 * (not the previous rows kept or narrowed while it loads). The page's layout effects run after its
 * table's, in the same commit and before the browser paints. Coming back to the page with a view
 * already answered marks nothing: no filter changed.
 */
export function useRowMarks(entry: FeedEntry, answered: boolean, rows: number) {
  const marked = useRef<FeedEntry | null>(answered ? entry : null)
  useLayoutEffect(() => {
    if (!answered || marked.current === entry) return
    if (!firstRowsMarked) {
      if (rows === 0) return
      firstRowsMarked = true
      marked.current = entry
      perfMark('calls:first-rows', { rows })
      return
    }
    marked.current = entry
    perfMark('calls:rows-updated', { filters: entry.key, rows })
  }, [entry, answered, rows])
}

import type { Sort } from '../url-state/calls-url-state'

const format = new Intl.NumberFormat('en-US')

/**
 * Providers list calls newest first only, so any other order can only rearrange the calls loaded so
 * far. The page says so, and loads more only when asked (an automatic load would reshuffle the rows).
 */
export function SortNote({ sort, loaded, done }: { sort: Sort; loaded: number; done: boolean }) {
  if (sort === '-time') return null
  const order =
    sort === 'time'
      ? 'oldest first'
      : sort === 'duration'
        ? 'by duration, shortest first'
        : 'by duration, longest first'
  return (
    <p className="sort-note" role="note">
      Sorted {order} among the {format.format(loaded)} calls loaded
      {done
        ? ' (every matching call).'
        : ' so far; calls not loaded yet are not included. Use “Load more calls” at the end of the list to include more.'}
    </p>
  )
}

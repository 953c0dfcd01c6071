import type { Sort } from '../url-state/calls-url-state'

export type SortingState = { id: string; desc: boolean }[]

/** The URL's sort as the table's sorting state. */
export function toSortingState(sort: Sort): SortingState {
  return [{ id: sort.replace('-', ''), desc: sort.startsWith('-') }]
}

/** The table's sorting state back to the URL's vocabulary; anything else is the default. */
export function fromSortingState(state: SortingState): Sort {
  const first = state[0]
  if (first === undefined) return '-time'
  if (first.id === 'duration') return first.desc ? '-duration' : 'duration'
  if (first.id === 'time') return first.desc ? '-time' : 'time'
  return '-time'
}

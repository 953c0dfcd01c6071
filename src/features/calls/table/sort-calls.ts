import type { Call } from '../../../domain/call'
import type { Sort } from '../url-state/calls-url-state'
import { durationSeconds } from './call-text'

export type SortingState = { id: string; desc: boolean }[]

/**
 * The feed always arrives newest first, so time sorting is free (as is, or reversed). A duration sort
 * can only order what has been loaded; the page says so next to the results. Calls without a duration
 * go last either way; ties keep the feed's newest-first order.
 */
export function sortCalls(calls: readonly Call[], sort: Sort): readonly Call[] {
  if (sort === '-time') return calls
  if (sort === 'time') return [...calls].reverse()
  const sign = sort === 'duration' ? 1 : -1
  const keyed = calls.map((call, index) => ({ call, index, seconds: durationSeconds(call) }))
  keyed.sort((a, b) => {
    if (a.seconds === b.seconds) return a.index - b.index
    if (a.seconds === null) return 1
    if (b.seconds === null) return -1
    return sign * (a.seconds - b.seconds)
  })
  return keyed.map((entry) => entry.call)
}

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

import type { CallStatus, Direction, Source } from './call'

/**
 * The filters every source understands, in common terms. Each adapter pushes down what its API can
 * apply and the merged feed applies the rest on the client (and says so).
 */
export type CallFilters = {
  direction: Exclude<Direction, 'unknown'> | 'all'
  /** Empty means every status. */
  statuses: CallStatus[]
  /** Inclusive lower bound, ISO UTC; null for open. */
  start: string | null
  /** Exclusive upper bound, ISO UTC; null for "now". */
  end: string | null
  /** Empty means every source. */
  sources: Source[]
  /** A phone number in any format, or a call/lead/session id. Empty string for none. */
  query: string
}

export const EMPTY_FILTERS: CallFilters = {
  direction: 'all',
  statuses: [],
  start: null,
  end: null,
  sources: [],
  query: '',
}

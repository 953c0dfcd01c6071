import type { ListedCall } from './call'
import type { CallFilters } from './call-filters'
import { callMatchesSearch, parseSearchQuery, type SearchQuery } from './search-query'

/**
 * The common filters as a predicate over calls. Adapters push what their API can do down to the
 * provider and run this on what comes back, so a provider that ignores or misreads a pushed filter can
 * only cost rows it returned, never let a wrong row through.
 */
export function callMatchesFilters(
  call: ListedCall,
  filters: CallFilters,
  search: SearchQuery = parseSearchQuery(filters.query),
): boolean {
  if (filters.direction !== 'all' && call.direction !== filters.direction) return false
  if (filters.statuses.length > 0 && !filters.statuses.includes(call.status)) return false
  if (filters.start !== null && call.occurredAt < normalise(filters.start)) return false
  if (filters.end !== null && call.occurredAt >= normalise(filters.end)) return false
  return callMatchesSearch(call, search)
}

function normalise(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString()
}

import type { CallFilters } from '#domain/call-filters'
import { parseSearchQuery } from '#domain/search-query'
import { isUuid } from '../adapter-kit/impossible-id'

export type CallingBoxListPlan =
  | { kind: 'lookup'; id: string; clientFilters: string[] }
  | { kind: 'none' }
  | { kind: 'scan'; clientFilters: string[] }

/**
 * `GET /v1/calls` takes no parameters and returns every call at once ("no paging"): every filter runs
 * on the client. A call id (a UUID) is fetched directly; any other id cannot be a CallingBox call.
 */
export function planCallingBoxCallList(filters: CallFilters): CallingBoxListPlan {
  const search = parseSearchQuery(filters.query)
  const clientFilters: string[] = []
  if (filters.direction !== 'all') clientFilters.push('direction')
  if (filters.statuses.length > 0) clientFilters.push('status')
  if (filters.start !== null || filters.end !== null) clientFilters.push('period')
  if (search.kind === 'id')
    return isUuid(search.id) ? { kind: 'lookup', id: search.id, clientFilters } : { kind: 'none' }
  if (search.kind === 'phone') clientFilters.push('number')
  return { kind: 'scan', clientFilters }
}

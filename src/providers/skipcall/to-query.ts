import type { CallFilters } from '#domain/call-filters'
import { parseSearchQuery } from '#domain/search-query'

/** Skipcall pages are 0-based (`page`, default 0), `size` 1 to 100 (its unlisted pagination docs page). */
export const SKIPCALL_PAGE_SIZE = 100

export function skipcallListQuery(page: number, size = SKIPCALL_PAGE_SIZE): string {
  return `page=${page}&size=${size}`
}

export type SkipcallListPlan =
  { kind: 'lookup'; id: string; clientFilters: string[] } | { kind: 'scan'; clientFilters: string[] }

/**
 * No filter of `GET /v1/calls` is documented (only `workspaceIds`), so every common filter runs on the
 * client; the period still ends the walk early because the list is read newest first. An id is fetched
 * directly with `GET /v1/calls/{id}`.
 */
export function planSkipcallCallList(filters: CallFilters): SkipcallListPlan {
  const search = parseSearchQuery(filters.query)
  const clientFilters: string[] = []
  if (filters.direction !== 'all') clientFilters.push('direction')
  if (filters.statuses.length > 0) clientFilters.push('status')
  if (filters.start !== null || filters.end !== null) clientFilters.push('period')
  if (search.kind === 'id') return { kind: 'lookup', id: search.id, clientFilters }
  if (search.kind === 'phone') clientFilters.push('number')
  return { kind: 'scan', clientFilters }
}

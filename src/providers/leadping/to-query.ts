import type { CallStatus } from '#domain/call'
import type { CallFilters } from '#domain/call-filters'
import { parseSearchQuery } from '#domain/search-query'
import { utcPeriod } from '../adapter-kit/utc-period'

/**
 * `RequestDataOptions`, the JSON body of every Leadping list (POST). Field names for `filters`,
 * `rangeFilters`, `orderBy` and `searchFields` are "determined by the queried resource" and not listed
 * anywhere (Leadping's OpenAPI); we use the row's camelCase property names (`createdAt`, `status`,
 * `direction`, …): inferred, not documented.
 */
export type LeadpingRequestOptions = {
  pageSize: number
  continuationToken?: string
  orderBy: { field: string; direction: 'asc' | 'desc' }[]
  includeCount?: boolean
  search?: string
  searchFields?: string[]
  filters?: { field: string; value: string }[]
  rangeFilters?: { field: string; greaterThanOrEqual?: string; lessThan?: string }[]
}

export const LEADPING_PAGE_SIZE = 100

/** The Leadping statuses behind each common status (see ./status). */
const LEADPING_STATUSES: Partial<Record<CallStatus, string[]>> = {
  scheduled: ['scheduled'],
  queued: ['queued'],
  initiated: ['initiated'],
  ringing: ['ringing'],
  in_progress: ['in_progress', 'active'],
  completed: ['completed', 'ended', 'transferred'],
  busy: ['busy'],
  no_answer: ['no_answer'],
  failed: ['failed'],
  canceled: ['canceled'],
  missed: ['missed'],
  voicemail: ['voicemail'],
  blocked: [
    'blocked_billing',
    'blocked_phone_number_status',
    'blocked_configuration',
    'blocked_permission',
    'configuration_required',
  ],
}

/** An exact-match filter takes one value, so a status is pushed down only when it is one Leadping word. */
function singleStatus(statuses: readonly CallStatus[]): string | null {
  const words = new Set(statuses.flatMap((status) => LEADPING_STATUSES[status] ?? ['\u0000unknown']))
  const [only] = words
  return words.size === 1 && only !== undefined && !only.startsWith('\u0000') ? only : null
}

export type LeadpingListPlan =
  | { kind: 'lookup'; id: string; clientFilters: string[] }
  | { kind: 'scan'; body: LeadpingRequestOptions; clientFilters: string[] }

/**
 * Pushed down: direction (`filters`), one status when it is a single Leadping word, the period
 * (`rangeFilters` on createdAt, inclusive start, exclusive end), newest first (`orderBy`), and a number
 * (`search` over both number fields: E.164 when typed with its country, else its digits, which a
 * free-text search finds inside the stored E.164). Several statuses are matched on the client. An id
 * is looked up directly (call id, then the calls of a lead with that id).
 */
export function planLeadpingCallList(input: CallFilters): LeadpingListPlan {
  const filters = utcPeriod(input)
  const search = parseSearchQuery(filters.query)
  const status = singleStatus(filters.statuses)
  const clientFilters = filters.statuses.length > 0 && status === null ? ['status'] : []
  if (search.kind === 'id') {
    const lookupFilters = [...clientFilters, ...(filters.direction === 'all' ? [] : ['direction'])]
    return { kind: 'lookup', id: search.id, clientFilters: lookupFilters }
  }
  const body: LeadpingRequestOptions = {
    pageSize: LEADPING_PAGE_SIZE,
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
  }
  const exact: { field: string; value: string }[] = []
  if (filters.direction !== 'all') exact.push({ field: 'direction', value: filters.direction })
  if (status !== null) exact.push({ field: 'status', value: status })
  if (exact.length > 0) body.filters = exact
  if (filters.start !== null || filters.end !== null) {
    body.rangeFilters = [
      {
        field: 'createdAt',
        ...(filters.start === null ? {} : { greaterThanOrEqual: filters.start }),
        ...(filters.end === null ? {} : { lessThan: filters.end }),
      },
    ]
  }
  if (search.kind === 'phone') {
    body.search = search.e164 ?? search.suffix
    body.searchFields = ['fromPhoneNumber', 'toPhoneNumber']
  }
  return { kind: 'scan', body, clientFilters }
}

import { SOURCE_LABELS } from './call'
import { formatDateTime } from './format-time'
import type { CallsQuery, IndexPeriod } from './index-api'
import { STATUS_LABELS } from './labels'
import { parseSearchQuery } from './search-query'

const PERIOD_WORDS: Record<IndexPeriod, string> = {
  '1h': 'in the last hour',
  '24h': 'in the last 24 hours',
  '7d': 'in the last 7 days',
  '30d': 'in the last 30 days',
  all: 'at any time',
}

/** The time window in words, lower-case for use inside a sentence: "in the last hour", "since …". */
export function describeQueryWindow(
  query: Pick<CallsQuery, 'period' | 'start' | 'end'>,
  timeZone: string,
): string {
  if (query.period !== null) return PERIOD_WORDS[query.period]
  const { start, end } = query
  if (start !== null && end !== null)
    return `between ${formatDateTime(start, timeZone)} and ${formatDateTime(end, timeZone)}`
  if (start !== null) return `since ${formatDateTime(start, timeZone)}`
  if (end !== null) return `before ${formatDateTime(end, timeZone)}`
  return PERIOD_WORDS.all
}

/**
 * What the search box looked for and where, as the server's index reads it (server/call-index/
 * query-calls.ts searchCondition): a phone number is matched against both numbers' trailing digits and
 * every id; other text against every id and the contact, lead and agent names. Null without a search.
 * The page echoes this so an agent who typed a name sees that names were searched (issue #14 item 6).
 */
export function describeSearch(q: string): string | null {
  const search = parseSearchQuery(q)
  if (search.kind === 'none') return null
  const fields = search.kind === 'phone' ? 'phone numbers and ids' : 'ids and contact, lead and agent names'
  return `matching "${search.text}" in ${fields}`
}

/**
 * Every filter of an index query in one line, for the exported file's first line: someone reading the
 * file later must be able to tell what it holds. Same words as the calls page's own summary.
 */
export function describeCallsQuery(query: CallsQuery, timeZone: string): string {
  const parts = [`Calls ${describeQueryWindow(query, timeZone)}`]
  if (query.direction !== 'all') parts.push(`direction: ${query.direction}`)
  if (query.statuses.length > 0)
    parts.push(`status: ${query.statuses.map((status) => STATUS_LABELS[status]).join(', ')}`)
  parts.push(
    `sources: ${query.sources.length > 0 ? query.sources.map((s) => SOURCE_LABELS[s]).join(', ') : 'all'}`,
  )
  if (query.q.trim() !== '') parts.push(`search: "${query.q.trim()}"`)
  parts.push(`time zone: ${timeZone}`)
  return parts.join(' · ')
}

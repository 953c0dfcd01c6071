import { SOURCE_LABELS } from '../../../domain/call'
import { formatDateTime } from '../../../lib/format-time'
import { STATUS_LABELS } from '../table/call-text'
import { PERIOD_LABELS, type CallsViewState } from './calls-url-state'

/** The time window in words, lower-case for use inside a sentence: "in the last hour", "since …". */
export function describeWindow(view: CallsViewState, timeZone: string): string {
  if (view.period !== null) return `in the ${PERIOD_LABELS[view.period].toLowerCase()}`
  if (view.start !== null && view.end !== null)
    return `between ${formatDateTime(view.start, timeZone)} and ${formatDateTime(view.end, timeZone)}`
  if (view.start !== null) return `since ${formatDateTime(view.start, timeZone)}`
  if (view.end !== null) return `before ${formatDateTime(view.end, timeZone)}`
  return 'at any time'
}

/**
 * Every filter of the view in one line, for the CSV header and the page's own summary: someone reading
 * an exported file later must be able to tell what it holds.
 */
export function describeFilters(view: CallsViewState, timeZone: string): string {
  const parts = [`Calls ${describeWindow(view, timeZone)}`]
  if (view.direction !== 'all') parts.push(`direction: ${view.direction}`)
  if (view.statuses.length > 0)
    parts.push(`status: ${view.statuses.map((status) => STATUS_LABELS[status]).join(', ')}`)
  parts.push(
    `sources: ${view.sources.length > 0 ? view.sources.map((s) => SOURCE_LABELS[s]).join(', ') : 'all'}`,
  )
  if (view.q.trim() !== '') parts.push(`search: "${view.q.trim()}"`)
  parts.push(`time zone: ${timeZone}`)
  return parts.join(' · ')
}

import type { ProviderEvent } from '#domain/call-detail'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { flagEvents } from './events'
import { fetchEventPage } from './fetch-events'
import { toProviderEvent } from './session'
import { TELNYX_PAGE_SIZE, type TelnyxEventQuery } from './to-query'

export type TelnyxEventsPage =
  | {
      ok: true
      events: ProviderEvent[]
      page: number
      totalPages: number
      totalResults: number | null
      issues: DataIssue[]
    }
  | { ok: false; error: SourceError; issues: DataIssue[] }

/**
 * One page of the raw `call_events` stream for the /events screen, with Telnyx's own filters and page
 * numbers as the API gives them (from 1, oldest first). Duplicates and out-of-order events within the
 * page are flagged. Build `query` with the fields of TelnyxEventQuery; only one occurred_at operator.
 */
export async function loadTelnyxEventsPage(
  ctx: ReaderContext,
  query: TelnyxEventQuery,
  page: number,
  size = TELNYX_PAGE_SIZE,
  signal?: AbortSignal,
): Promise<TelnyxEventsPage> {
  const result = await fetchEventPage(ctx, query, page, signal, size)
  if (!result.ok) return result
  // Keep the API's order (ascending occurred_at) rather than re-sorting, so the page reads as Telnyx sent it.
  const flagged = flagEvents(result.events).sort((a, b) => a.order - b.order)
  return {
    ok: true,
    events: flagged.map(toProviderEvent),
    page: result.meta.page_number,
    totalPages: result.meta.total_pages,
    totalResults: result.meta.total_results ?? null,
    issues: result.issues,
  }
}

import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { readerContext } from '#lib/reader-context'
import { SourceFailure } from '#lib/source-failure'
import { loadTelnyxEventsPage } from '#providers/telnyx/events-page'
import type { TelnyxEventQuery } from '#providers/telnyx/to-query'
import type { EventsView } from '../url-state/events-url-state'

/** The Telnyx filters of a view; empty fields are left out, and there is at most one occurred_at operator. */
export function toTelnyxEventQuery(view: EventsView): TelnyxEventQuery {
  const query: TelnyxEventQuery = {}
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const name = text(view.name)
  if (name !== undefined) query.name = name
  if (view.type !== null) query.type = view.type
  if (view.failed !== null) query.failed = view.failed
  if (view.product !== null) query.product = view.product
  const legId = text(view.leg)
  if (legId !== undefined) query.legId = legId
  const sessionId = text(view.session)
  if (sessionId !== undefined) query.sessionId = sessionId
  const from = text(view.from)
  if (from !== undefined) query.from = from
  const to = text(view.to)
  if (to !== undefined) query.to = to
  const at = text(view.occurredAt)
  if (at !== undefined) query.occurredAt = { op: view.op, value: at }
  return query
}

// Straight to the gateway: each page is cached by the query below, so a second cache would only hold copies.
const ctx = readerContext(null)

/**
 * One page of the raw event list. The key holds every input of the request. The previous page stays
 * on screen while the next loads (keepPreviousData). A failure is retried as every query's is
 * (src/app/query-client.ts): a refused filter (422) never, a server error a few times.
 */
export function eventsPageQuery(query: TelnyxEventQuery, page: number, size: number) {
  return queryOptions({
    queryKey: ['telnyx-events', query, page, size] as const,
    queryFn: async ({ signal }) => {
      const result = await loadTelnyxEventsPage(ctx, query, page, size, signal)
      if (!result.ok) throw new SourceFailure(result.error)
      return result
    },
    placeholderData: keepPreviousData,
  })
}

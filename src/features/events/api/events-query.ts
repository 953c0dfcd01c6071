import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { fetchFromGateway } from '../../../lib/provider-fetcher'
import { loadTelnyxEventsPage } from '../../../providers/telnyx/events-page'
import type { TelnyxEventQuery } from '../../../providers/telnyx/to-query'
import type { EventsView } from '../url-state/events-url-state'
export { EventsLoadError } from './events-load-error'
import { EventsLoadError } from './events-load-error'

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

const ctx = { fetcher: fetchFromGateway, now: () => new Date() }

/**
 * One page of the raw event list. The key holds every input of the request. The previous page stays
 * on screen while the next loads (keepPreviousData). No automatic retries: a 422 cannot succeed on a
 * second try, and for other failures the page offers Retry at once instead of waiting on back-off.
 */
export function eventsPageQuery(query: TelnyxEventQuery, page: number, size: number) {
  return queryOptions({
    queryKey: ['telnyx-events', query, page, size] as const,
    queryFn: async ({ signal }) => {
      const result = await loadTelnyxEventsPage(ctx, query, page, size, signal)
      if (!result.ok) throw new EventsLoadError(result.error, result.issues)
      return result
    },
    placeholderData: keepPreviousData,
    retry: false,
  })
}

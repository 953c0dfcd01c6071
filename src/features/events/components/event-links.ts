import { DEFAULT_EVENTS_VIEW, serializeEventsView } from '../url-state/events-url-state'

const withTz = (path: string, params: URLSearchParams, tz: string | null) => {
  if (tz) params.set('tz', tz)
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** The call page of a Telnyx session, keeping the chosen zone. */
export function callHref(sessionId: string, tz: string | null): string {
  return withTz(`/calls/telnyx/${encodeURIComponent(sessionId)}`, new URLSearchParams(), tz)
}

/** Every event of one leg (a leg id lifts Telnyx's 24-hour limit), keeping the chosen zone. */
export function legEventsHref(legId: string, tz: string | null): string {
  return withTz('/events', serializeEventsView({ ...DEFAULT_EVENTS_VIEW, leg: legId }), tz)
}

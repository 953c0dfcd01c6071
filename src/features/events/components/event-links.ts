import { eventsHref } from '#config/paths'
import { DEFAULT_EVENTS_VIEW, serializeEventsView } from '../url-state/events-url-state'

/** Every event of one leg (a leg id lifts Telnyx's 24-hour limit), keeping the chosen zone. */
export function legEventsHref(legId: string, tz: string | null): string {
  return eventsHref(serializeEventsView({ ...DEFAULT_EVENTS_VIEW, leg: legId }), tz)
}

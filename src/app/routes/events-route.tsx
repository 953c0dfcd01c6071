import { EventsPage } from '../../features/events/components/events-page'

/** `/events`: the raw Telnyx call event stream. */
export function Component() {
  return <EventsPage />
}

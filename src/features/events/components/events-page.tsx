import { useMemo } from 'react'
import { useTimeZone } from '#lib/use-time-zone'
import { toTelnyxEventQuery } from '../api/events-query'
import { serializeEventsView, windowApplies } from '../url-state/events-url-state'
import { EventsFilters } from './events-filters'
import { EventsResults } from './events-results'
import { useEventsView } from './use-events-view'
import '../events.css'

/**
 * The raw Telnyx call event stream (`GET /v2/call_events`) with Telnyx's own filters and page numbers:
 * the debugging view behind the calls list, for when a call looks wrong and you want what Telnyx sent.
 */
export function EventsPage() {
  const { view, notices, apply } = useEventsView()
  const { timeZone } = useTimeZone()
  const query = useMemo(() => toTelnyxEventQuery(view), [view])
  return (
    <section aria-labelledby="page-title" className="events-page">
      <h1 id="page-title">Telnyx events</h1>
      <p className="ev-intro">
        The raw call event stream from Telnyx (<code>GET /v2/call_events</code>): every command and webhook,
        with Telnyx&apos;s own filters and page numbers. Telnyx lists them oldest first.{' '}
        {`Times are shown in ${timeZone}.`}
      </p>
      {notices.length > 0 ? (
        <div className="alert warn" role="status">
          <ul className="ev-notices">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <EventsFilters view={view} timeZone={timeZone} onApply={apply} />
      {windowApplies(view) ? (
        <p className="alert info ev-window">
          Without a leg id or session id, Telnyx only searches the last 24 hours of events. Enter a leg or
          session id to see all of that call&apos;s events.
        </p>
      ) : null}
      <EventsResults
        query={query}
        page={view.page}
        size={view.size}
        timeZone={timeZone}
        tz={view.tz}
        pageSearch={(page) => `?${serializeEventsView({ ...view, page }).toString()}`}
      />
    </section>
  )
}

import { Link } from 'react-router'
import { RawJson } from '#components/raw-json'
import { TimeStamp } from '#components/time-stamp'
import type { StepFlag } from '#domain/call'
import type { ProviderEvent } from '#domain/call-detail'
import { callHref } from '#config/paths'
import { legEventsHref } from './event-links'

type Props = {
  events: ProviderEvent[]
  timeZone: string
  /** The `tz` URL value, carried along on links. */
  tz: string | null
  caption: string
}

const FLAG_LABELS: Record<StepFlag, string> = {
  duplicate: 'Duplicate delivery',
  out_of_order: 'Arrived out of order',
}

/** `metadata` as Telnyx sent it (the webhook body or the command), or the whole record if it has none. */
function metadataOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'metadata' in raw ? raw.metadata : raw
}

/** One page of events, in the order Telnyx returned them (ascending occurred_at). */
export function EventsTable({ events, timeZone, tz, caption }: Props) {
  return (
    <div className="ev-table-wrap">
      <table className="ev-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Occurred at</th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Leg id</th>
            <th scope="col">Session id</th>
            <th scope="col">Notes</th>
            <th scope="col">Metadata</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event, index) => (
            <tr key={`${index}|${event.id ?? ''}`}>
              <td>
                <TimeStamp iso={event.at} raw={event.rawAt} timeZone={timeZone} />
              </td>
              <td className="mono">{event.name}</td>
              <td>{event.type}</td>
              <td className="mono ev-id">
                {event.legId ? (
                  <Link to={legEventsHref(event.legId, tz)} title="Every event of this leg">
                    {event.legId}
                  </Link>
                ) : null}
              </td>
              <td className="mono ev-id">
                {event.sessionId ? (
                  <Link to={callHref('telnyx', event.sessionId, { tz })} title="Open this call">
                    <span className="visually-hidden">Open call </span>
                    {event.sessionId}
                  </Link>
                ) : null}
              </td>
              <td>{event.flags.map((flag) => FLAG_LABELS[flag]).join(', ')}</td>
              <td className="ev-metadata">
                <RawJson value={metadataOf(event.raw)} title="Metadata" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { eventsPageQuery } from '../api/events-query'
import type { TelnyxEventQuery } from '#providers/telnyx/to-query'
import { EventsError } from './events-error'
import { EventsIssues } from './events-issues'
import { EventsPager } from './events-pager'
import { EventsTable } from './events-table'
import { retryingNote } from '#lib/retrying-note'

type Props = {
  query: TelnyxEventQuery
  page: number
  size: number
  timeZone: string
  tz: string | null
  /** The search (`?…`) of this view at another page: the pager's links. */
  pageSearch: (page: number) => string
}

/** The list's states: first load, refused or failed request, an empty page, or the events with pages. */
export function EventsResults({ query, page, size, timeZone, tz, pageSearch }: Props) {
  const result = useQuery(eventsPageQuery(query, page, size))
  if (result.isError) return <EventsError error={result.error} onRetry={() => void result.refetch()} />
  if (result.isPending) {
    return (
      <p className="ev-loading" role="status">
        {retryingNote(result.failureCount, result.failureReason) ?? 'Loading events…'}
      </p>
    )
  }
  const data = result.data
  const loadingPage = result.isPlaceholderData ? page : null
  const pastTheEnd = data.totalPages > 0 && data.page > data.totalPages
  return (
    <div className="ev-results" aria-busy={loadingPage !== null}>
      <EventsPager
        page={data.page}
        totalPages={data.totalPages}
        totalResults={data.totalResults}
        loadingPage={loadingPage}
        pageSearch={pageSearch}
      />
      <EventsIssues issues={data.issues} />
      {data.events.length > 0 ? (
        <EventsTable
          events={data.events}
          timeZone={timeZone}
          tz={tz}
          caption={`Telnyx call events, page ${data.page} of ${data.totalPages}`}
        />
      ) : pastTheEnd ? (
        <p className="ev-empty">
          Page {data.page} is past the last page ({data.totalPages}).{' '}
          <Link to={{ search: pageSearch(data.totalPages) }}>Go to the last page</Link>
        </p>
      ) : (
        <p className="ev-empty">No events match these filters.</p>
      )}
    </div>
  )
}

import { Link } from 'react-router'
import type { ListedCall } from '#domain/call'
import { TimeStamp } from '#components/time-stamp'
import { describeSearch } from '#domain/describe-query'
import { formatRelative } from '#domain/format-time'

type Props = {
  /** "in the last hour", "between … and …". */
  windowText: string
  /** The search box's applied text: the title says what was searched and where. */
  search?: string
  hasTimeWindow: boolean
  filtered: boolean
  latest: { loading: boolean; call: ListedCall | null; failed: boolean }
  /**
   * The server's clock when it answered (the index's `now`): "12 hours ago" must read the same in the
   * server's HTML and in the hydrating browser, and the index's clock is the one its calls are on.
   */
  now: Date | null
  timeZone: string
  callLink: (call: ListedCall) => string
  onShowLatest: (call: ListedCall) => void
  /** The search (`?…`) of this list without filters: a link, so it works before hydration too. */
  clearSearch: string
}

/** An empty result that helps: what was searched, and where the nearest matching call is. */
export function EmptyState(props: Props) {
  const { latest } = props
  const echo = describeSearch(props.search ?? '')
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">
        No calls {echo ? `${echo} ` : ''}
        {props.windowText}.
      </p>
      {props.hasTimeWindow ? (
        latest.loading ? (
          <p>Looking for the latest matching call at any time…</p>
        ) : latest.call ? (
          <p>
            The latest matching call was {formatRelative(latest.call.occurredAt, props.now ?? new Date())} (
            <TimeStamp
              iso={latest.call.occurredAt}
              timeZone={props.timeZone}
              raw={latest.call.rawOccurredAt}
            />
            ) —{' '}
            <button
              type="button"
              className="primary"
              onClick={() => latest.call && props.onShowLatest(latest.call)}
            >
              Show it
            </button>{' '}
            or <Link to={props.callLink(latest.call)}>open that call</Link>.
          </p>
        ) : latest.failed ? (
          <p>The search for an older matching call failed; try again by reloading the page.</p>
        ) : (
          <p>No matching call was found at any time either.</p>
        )
      ) : null}
      {props.filtered ? (
        <p>
          <Link to={{ search: props.clearSearch }}>Clear all filters</Link>
        </p>
      ) : null}
    </div>
  )
}

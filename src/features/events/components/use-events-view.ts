import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useBrowserZone } from '#lib/render-zone'
import { parseEventsView, serializeEventsView, type EventsView } from '../url-state/events-url-state'

/**
 * The page's state, read from and written to the URL (each change is a history entry, so Back undoes it).
 * A link is left as it is (a native submission of the filter form too: its empty fields mean no filter);
 * the next change writes the canonical spelling, defaults left out.
 */
export function useEventsView() {
  const [params, setParams] = useSearchParams()
  // A date-time typed in the form of a link without `tz` is read on the clock the field showed: the
  // server's render zone until hydrated (render-zone.ts), the browser's after.
  const browserZone = useBrowserZone()
  const { view, notices } = useMemo(
    () => parseEventsView(params, { typedZone: browserZone }),
    [params, browserZone],
  )
  const apply = useCallback((next: EventsView) => setParams(serializeEventsView(next)), [setParams])
  return { view, notices, apply }
}

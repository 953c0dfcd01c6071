import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseEventsView, serializeEventsView, type EventsView } from '../url-state/events-url-state'

/** The page's state, read from and written to the URL (each change is a history entry, so Back undoes it). */
export function useEventsView() {
  const [params, setParams] = useSearchParams()
  const { view, notices } = useMemo(() => parseEventsView(params), [params])
  const apply = useCallback((next: EventsView) => setParams(serializeEventsView(next)), [setParams])
  return { view, notices, apply }
}

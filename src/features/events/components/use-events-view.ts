import { useCallback, useMemo, useState } from 'react'
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
  // A date-time typed in the form and submitted natively (a link without `tz` holding "2026-11-20
  // 09:00:00") means the clock the field showed, which is the one the server read it on: its render zone
  // (render-zone.ts). The page keeps reading it there once hydrated, when the zone it shows becomes the
  // browser's: read on the browser's clock, 09:00 UTC became 08:00 UTC in Berlin and the rows changed
  // (e2e/events-form-before-hydration.spec.ts). Started in the browser, this is the browser's zone.
  const zoneNow = useBrowserZone()
  const [typedZone] = useState(zoneNow)
  const { view, notices } = useMemo(() => parseEventsView(params, { typedZone }), [params, typedZone])
  const apply = useCallback((next: EventsView) => setParams(serializeEventsView(next)), [setParams])
  return { view, notices, apply }
}

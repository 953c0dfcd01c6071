import { useCallback, useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { useBrowserZone } from '#lib/render-zone'
import { parseCallsView, serializeCallsView, type CallsViewState } from './calls-url-state'

export type HistoryMode = 'push' | 'replace'

export type CallsView = {
  view: CallsViewState
  /** Values the URL held that could not be used, in plain words. */
  notices: string[]
  /** The zone every time is shown and typed in: the URL's, or the browser's. */
  timeZone: string
  /** Writes the view to the URL; settles once the navigation has committed (resolved at once if unchanged). */
  setView: (next: CallsViewState, mode?: HistoryMode) => Promise<void>
}

/**
 * The calls page's state is its URL. A committed filter change pushes a history entry (so Back undoes
 * it); typing in the search box replaces the current entry. A pasted link is left as it is (its notices
 * stay visible); the next change writes the canonical spelling, defaults left out.
 */
export function useCallsView(): CallsView {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const search = params.toString()
  // The zone the page shows: the server's render zone until hydrated, then the browser's (render-zone.ts).
  const browserZone = useBrowserZone()
  // A Start/End typed and submitted natively (a link without `tz` holding "2026-11-20 09:00") means the
  // clock the fields showed, which is the one the server read it on: the zone of the first render. Read in
  // the browser's zone once hydrated, the range moved by the zones' difference and the rows changed, as
  // /events' did (use-events-view.ts; e2e/calls-form-before-hydration.spec.ts, "in a browser whose zone").
  const [typedZone] = useState(browserZone)
  const parsed = useMemo(
    () => parseCallsView(new URLSearchParams(search), { typedZone }),
    [search, typedZone],
  )
  const setView = useCallback(
    (next: CallsViewState, mode: HistoryMode = 'push') => {
      const nextSearch = serializeCallsView(next).toString()
      if (nextSearch === search) return Promise.resolve()
      return Promise.resolve(navigate({ search: nextSearch }, { replace: mode === 'replace' }))
    },
    [search, navigate],
  )
  const timeZone = parsed.view.tz ?? browserZone
  return { view: parsed.view, notices: parsed.notices, timeZone, setView }
}

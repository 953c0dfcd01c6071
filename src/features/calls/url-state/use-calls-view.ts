import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useBrowserTimeZone } from '../../../lib/use-hydrated'
import { parseCallsView, serializeCallsView, type CallsViewState } from './calls-url-state'

export type HistoryMode = 'push' | 'replace'

export type CallsView = {
  view: CallsViewState
  /** Values the URL held that could not be used, in plain words. */
  notices: string[]
  /** The zone every time is shown and typed in: the URL's, or the browser's. */
  timeZone: string
  setView: (next: CallsViewState, mode?: HistoryMode) => void
}

/**
 * The calls page's state is its URL. A committed filter change pushes a history entry (so Back undoes
 * it); typing in the search box replaces the current entry. A pasted link is left as it is (its notices
 * stay visible); the next change writes the canonical spelling, defaults left out.
 */
export function useCallsView(): CallsView {
  const [params, setParams] = useSearchParams()
  const search = params.toString()
  const parsed = useMemo(() => parseCallsView(new URLSearchParams(search)), [search])
  const setView = useCallback(
    (next: CallsViewState, mode: HistoryMode = 'push') => {
      const nextSearch = serializeCallsView(next).toString()
      if (nextSearch === search) return
      setParams(new URLSearchParams(nextSearch), { replace: mode === 'replace' })
    },
    [search, setParams],
  )
  // Until hydration the zone is the server's (UTC), so the server's HTML and the first client render agree;
  // a typed Start/End in a link without `tz` is read in UTC too (parseCallsView's default).
  const browserZone = useBrowserTimeZone()
  const timeZone = parsed.view.tz ?? browserZone ?? 'UTC'
  return { view: parsed.view, notices: parsed.notices, timeZone, setView }
}

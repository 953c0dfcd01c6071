import { useCallback, useMemo } from 'react'
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
  // The zone the page shows (the server's render zone until hydrated, see render-zone.ts): a Start/End
  // typed in the fields of a link without `tz` is read in the zone they were shown in.
  const browserZone = useBrowserZone()
  const parsed = useMemo(
    () => parseCallsView(new URLSearchParams(search), { typedZone: browserZone }),
    [search, browserZone],
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

import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseLeadView, serializeLeadView, type LeadViewState } from '../url-state/lead-url-state'

/** The lead page's view from its URL, with notices for values that were ignored, and a setter. */
export function useLeadView() {
  const [params, setParams] = useSearchParams()
  const query = params.toString()
  const parsed = useMemo(() => parseLeadView(new URLSearchParams(query)), [query])
  const setView = useCallback(
    (next: LeadViewState) => setParams(serializeLeadView(next), { preventScrollReset: true }),
    [setParams],
  )
  return { view: parsed.view, notices: parsed.notices, setView }
}

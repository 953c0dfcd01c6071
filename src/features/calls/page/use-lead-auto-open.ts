import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import type { LeadMatch } from '../api/use-lead-match'
import { leadHref } from '../../../config/paths'
import type { CallsViewState } from '../url-state/calls-url-state'

/**
 * Enter in the search opens the lead's page when the text is a lead id, as soon as that is
 * known (the lookup may still be running when Enter is pressed). Typing alone never navigates: a
 * shared `/calls?q=<lead id>` link keeps showing the calls, with a banner pointing to the lead.
 */
export function useLeadAutoOpen(view: CallsViewState, match: LeadMatch | null): (q: string) => void {
  const navigate = useNavigate()
  const [requested, setRequested] = useState<string | null>(null)
  const q = view.q.trim().toLowerCase()
  useEffect(() => {
    if (requested === null || requested !== q || match === null) return
    if (match.leadId.toLowerCase() === requested) void navigate(leadHref(match.leadId, view.tz))
  }, [requested, q, match, navigate, view.tz])
  return (submitted: string) => setRequested(submitted.trim().toLowerCase())
}

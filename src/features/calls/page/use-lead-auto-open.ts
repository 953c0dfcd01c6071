import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import type { ListedCall } from '#domain/call'
import { leadHref } from '#config/paths'
import { findLead } from '../api/use-lead-match'

/**
 * Enter in the search opens the lead's page when the text is a lead id, as soon as that is known (the
 * look-up may still be running when Enter is pressed). Typing alone never navigates: a shared
 * `/calls?q=<lead id>` link keeps showing the calls, with a banner pointing to the lead.
 *
 * All of it happens in the Enter handler: it waits for the look-up and for the search's own navigation
 * (`applied`), so `/calls?q=<id>` is in history before the lead page and Back returns to it; a lead page
 * opened while that navigation was pending would have cancelled it. If the search box says something
 * else by then (typed on), it stays put.
 */
export function useLeadAutoOpen(
  tz: string | null,
  calls: readonly ListedCall[],
  searchText: () => string | undefined,
): (q: string, applied: Promise<void>) => void {
  const navigate = useNavigate()
  const client = useQueryClient()
  return (submitted, applied) => {
    const id = submitted.trim()
    if (id === '') return
    void (async () => {
      const [match] = await Promise.all([findLead(client, id, calls), applied])
      if (match === null || searchText()?.trim().toLowerCase() !== id.toLowerCase()) return
      await navigate(leadHref(match.leadId, tz))
    })()
  }
}

import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { ListedCall } from '#domain/call'
import { SourceFailure } from '#lib/source-failure'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type LeadMatch = { leadId: string; name: string | null }

/** A lead id among the loaded calls' leads, compared as ids are (case-insensitively). */
export function leadInCalls(query: string, calls: readonly ListedCall[]): LeadMatch | null {
  const q = query.trim().toLowerCase()
  if (q === '') return null
  for (const call of calls) {
    const lead = call.lead
    if (lead?.id && lead.id.toLowerCase() === q) return { leadId: lead.id, name: lead.name }
  }
  return null
}

const isUuid = (text: string) => UUID.test(text)

/**
 * Leadping's `GET /leads/{id}` for text shaped like its ids: the lead, or null when Leadping does not know
 * it. One cache entry per id, shared by the page's banner and Enter's look-up (use-lead-auto-open.ts).
 */
export function leadLookupQuery(id: string) {
  return queryOptions({
    queryKey: ['calls', 'lead-lookup', id.toLowerCase()],
    queryFn: async ({ signal, client }): Promise<LeadMatch | null> => {
      // Loaded on demand: the lead loaders are the lead page's code and the reader context the provider
      // gateway's, neither needed for the first rows.
      const [{ loadLeadpingLead }, { readerContext }] = await Promise.all([
        import('#providers/leadping/lead-loaders'),
        import('#lib/reader-context'),
      ])
      const result = await loadLeadpingLead(readerContext(client), id, signal)
      // A lookup Leadping did not answer readably is no answer: thrown, so it is not cached as "not a lead".
      if (result.kind === 'error') throw new SourceFailure(result.error)
      return result.kind === 'found' ? { leadId: result.lead.id, name: result.lead.name } : null
    },
    staleTime: 5 * 60_000,
  })
}

/**
 * The lead the search text names, asked for now (Enter): from the listed calls, else Leadping's answer
 * (cached, or asked for once). Null when it is no lead or Leadping could not say.
 */
export async function findLead(
  client: QueryClient,
  text: string,
  calls: readonly ListedCall[],
): Promise<LeadMatch | null> {
  const id = text.trim()
  const inCalls = leadInCalls(id, calls)
  if (inCalls !== null || !isUuid(id)) return inCalls
  return client.fetchQuery(leadLookupQuery(id)).catch(() => null)
}

/**
 * Is the search text a Leadping lead id? Leadping ids are UUIDs, but so are Telnyx sessions and other
 * providers' call ids, so the shape alone cannot tell. It is a lead when a call of the list names it as its
 * lead (no request needed), or when Leadping's `GET /leads/{id}` finds it (one cached request, only for
 * UUID-shaped text). The page then offers the lead's page, and Enter in the search opens it.
 */
export function useLeadMatch(query: string, calls: readonly ListedCall[]): LeadMatch | null {
  const id = query.trim()
  const inCalls = leadInCalls(id, calls)
  const lookup = useQuery({ ...leadLookupQuery(id), enabled: inCalls === null && isUuid(id) })
  return inCalls ?? lookup.data ?? null
}

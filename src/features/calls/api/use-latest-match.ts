import { useQuery } from '@tanstack/react-query'
import type { ListedCall } from '#domain/call'
import type { CallsQuery } from '#domain/index-api'
import { callsQueryKey, withoutPeriod } from './calls-query'
import { fetchCallsPage } from '#lib/index-client'

/**
 * For an empty result: the newest call matching the same filters at any time, so the page can say
 * "the latest matching call was 3 days ago — show it" instead of a bare "no data". One row of the
 * index answers it.
 */
export function useLatestMatch(query: CallsQuery, enabled: boolean) {
  const wide = withoutPeriod(query)
  const bounded =
    query.start !== null || query.end !== null || (query.period !== null && query.period !== 'all')
  return useQuery({
    queryKey: ['calls', 'latest-match', callsQueryKey(wide)],
    queryFn: async ({ signal }): Promise<ListedCall | null> =>
      (await fetchCallsPage(wide, signal)).calls[0] ?? null,
    enabled: enabled && bounded,
    staleTime: 60_000,
  })
}

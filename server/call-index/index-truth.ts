import type { Call, ListedCall, Source } from '#domain/call'
import { callMatchesFilters } from '#domain/call-match'
import type { CallFilters } from '#domain/call-filters'
import type { ProviderFetcher } from '#domain/feed'
import { createMergedFeed } from '#providers/merged-feed'
import type { TestSim } from '../simulator/test-support'

/**
 * What the providers' own APIs hold for a filter, read the old way (every source's documented list
 * through the adapters, merged): the ground truth the index is compared with. Telnyx's call_events only
 * list the last 24 hours, so comparisons that include Telnyx stay inside that window.
 */
export function simulatorFetcher(t: TestSim): ProviderFetcher {
  return async (request) => {
    const path = `${request.path}${request.query ? `?${request.query}` : ''}`
    const init: RequestInit =
      request.body === undefined
        ? { method: request.method }
        : {
            method: request.method,
            body: JSON.stringify(request.body),
            headers: { 'content-type': 'application/json' },
          }
    const response = await t.call(request.source, path, init)
    const text = await response.text()
    let body: unknown = text === '' ? null : text
    try {
      body = JSON.parse(text) as unknown
    } catch {
      // keep the text
    }
    return { status: response.status, headers: response.headers, body }
  }
}

export async function providersHold(
  t: TestSim,
  filters: CallFilters,
  sources: Source[],
  now: Date,
): Promise<Call[]> {
  const feed = createMergedFeed({
    filters,
    sources,
    fetcher: simulatorFetcher(t),
    now: () => now,
    scanBudget: 1e9,
  })
  for (let i = 0; i < 10_000; i += 1) {
    const snapshot = await feed.loadMore(5_000)
    if (snapshot.done) {
      const failed = snapshot.sources.filter((s) => s.error !== null)
      if (failed.length > 0) throw new Error(failed.map((s) => s.error?.message).join('; '))
      return snapshot.calls.filter((call) => callMatchesFilters(call, filters))
    }
  }
  throw new Error('the providers did not finish listing')
}

/** A call as compared: identity and everything a list row shows. */
export function rowKey(call: ListedCall): string {
  return [
    call.source,
    call.id,
    call.occurredAt,
    call.direction,
    call.status,
    call.from,
    call.to,
    call.terminal,
  ].join('|')
}

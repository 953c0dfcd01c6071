import type { ActivityItem } from '#domain/activity'
import type { Call } from '#domain/call'
import type { Lead } from '#domain/lead'
import { phoneSuffixKey } from '#domain/phone'
import { fetchLeadActivityPage, fetchLeadCallsPage } from '#providers/leadping/lead-loaders'
import { createCursorStream } from './cursor-stream'
import type { AppReaderContext } from '#lib/reader-context'
import { createIndexStream } from './index-stream'
import type { TimelineStream } from './timeline-stream'

/**
 * Leadping records asked for per page. Below the provider's maximum (100) on purpose: the newest
 * twenty are what a support agent reads first, they arrive faster, and scrolling asks for the rest.
 */
export const LEAD_PAGE_SIZE = 20

/**
 * Leadping's calls are read through the lead's own call list (the provider's documented lead endpoint);
 * the others are found in the call index by the lead's numbers.
 */
export const OTHER_CALL_SOURCES = ['telnyx', 'skipcall', 'callingbox'] as const

/** The lead's numbers, each once: "+1 916 829 5947" and "+19168295947" would find the same calls. */
function distinctPhones(phones: readonly string[]): string[] {
  const seen = new Set<string>()
  return phones.filter((phone) => {
    const key = phoneSuffixKey(phone)
    if (key === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The streams behind one lead's timeline: Leadping's lead timeline, the lead's Leadping calls, and for
 * each of the lead's numbers the other providers' calls to or from it, from the call index. A call found
 * by two numbers is one item: the timeline de-duplicates calls by source and id (model/timeline-view).
 */
export function leadStreams(ctx: AppReaderContext, lead: Pick<Lead, 'id' | 'phones'>): TimelineStream[] {
  const leadping = { ...ctx, pageSize: LEAD_PAGE_SIZE }
  const streams: TimelineStream[] = [
    createCursorStream<ActivityItem>({
      key: 'leadping-timeline',
      label: 'Leadping lead timeline',
      source: 'leadping',
      fetchPage: (token, signal) => fetchLeadActivityPage(leadping, lead.id, token, signal),
      as: 'activity',
    }),
    createCursorStream<Call>({
      key: 'leadping-calls',
      label: 'Leadping calls of this lead',
      source: 'leadping',
      fetchPage: (token, signal) => fetchLeadCallsPage(leadping, lead.id, token, signal),
      as: 'calls',
    }),
  ]
  for (const phone of distinctPhones(lead.phones)) {
    streams.push(
      createIndexStream({
        key: `calls:${phone}`,
        phone,
        sources: OTHER_CALL_SOURCES,
        fetchPage: ctx.callsPage,
      }),
    )
  }
  return streams
}

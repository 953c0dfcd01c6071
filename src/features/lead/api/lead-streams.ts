import type { ActivityItem } from '../../../domain/activity'
import type { Call } from '../../../domain/call'
import { EMPTY_FILTERS } from '../../../domain/call-filters'
import type { Lead } from '../../../domain/lead'
import type { ReaderContext } from '../../../providers/adapter-kit/reader-context'
import { fetchLeadActivityPage, fetchLeadCallsPage } from '../../../providers/leadping/lead-loaders'
import { createMergedFeed } from '../../../providers/merged-feed'
import { createCursorStream } from './cursor-stream'
import { createFeedStream } from './feed-stream'
import type { TimelineStream } from './timeline-stream'

/**
 * Leadping records asked for per page. Below the provider's maximum (100) on purpose: the newest
 * twenty are what a support agent reads first, they arrive faster, and scrolling asks for the rest.
 */
export const LEAD_PAGE_SIZE = 20

/** Leadping's calls are read through the lead's own call list; the others search the lead's numbers. */
export const OTHER_CALL_SOURCES = ['telnyx', 'skipcall', 'callingbox'] as const

/**
 * The streams behind one lead's timeline: Leadping's lead timeline, the lead's Leadping calls, and for
 * each of the lead's numbers the other providers' calls to or from it.
 */
export function leadStreams(ctx: ReaderContext, lead: Pick<Lead, 'id' | 'phones'>): TimelineStream[] {
  const leadping = { ...ctx, pageSize: LEAD_PAGE_SIZE }
  const streams: TimelineStream[] = [
    createCursorStream<ActivityItem>({
      key: 'leadping-timeline',
      label: 'Leadping lead timeline',
      source: 'leadping',
      fetchPage: (token, signal) => fetchLeadActivityPage(leadping, lead.id, token, signal),
      occurredAt: (item) => item.occurredAt,
      as: 'activity',
    }),
    createCursorStream<Call>({
      key: 'leadping-calls',
      label: 'Leadping calls of this lead',
      source: 'leadping',
      fetchPage: (token, signal) => fetchLeadCallsPage(leadping, lead.id, token, signal),
      occurredAt: (call) => call.occurredAt,
      as: 'calls',
    }),
  ]
  for (const phone of lead.phones) {
    const feed = createMergedFeed({
      filters: { ...EMPTY_FILTERS, query: phone },
      sources: [...OTHER_CALL_SOURCES],
      fetcher: ctx.fetcher,
      now: ctx.now,
    })
    streams.push(createFeedStream(`calls:${phone}`, phone, feed))
  }
  return streams
}

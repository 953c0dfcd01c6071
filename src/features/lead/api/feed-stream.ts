import { SOURCE_LABELS, type Call } from '../../../domain/call'
import type { FeedSnapshot, MergedFeed } from '../../../domain/feed'
import type { StreamReport, TimelineStream } from './timeline-stream'

/** Calls the feed is asked for per step: about one screen of timeline. */
const FEED_CHUNK = 20

/**
 * Other providers' calls to or from one of the lead's numbers (the calls page's merged feed with the
 * number as its search), as a timeline stream. The feed emits calls only in order, so its oldest
 * emitted call is its frontier; its per-source errors and limits become this stream's reports.
 */
export function createFeedStream(key: string, phone: string, feed: MergedFeed): TimelineStream {
  let snapshot: FeedSnapshot = feed.snapshot()
  let started = false

  const failed = () => snapshot.sources.filter((source) => source.state === 'error')

  return {
    key,
    advance: async (signal) => {
      if (started && snapshot.done) return
      snapshot = await feed.loadMore(FEED_CHUNK, signal)
      started = true
    },
    retry: async (signal) => {
      for (const source of failed()) snapshot = await feed.retry(source.source, signal)
    },
    unfinished: () => !started || !snapshot.done,
    frontier: () => (started ? (snapshot.calls.at(-1)?.occurredAt ?? null) : null),
    activity: () => [],
    calls: (): readonly Call[] => snapshot.calls,
    issues: () => snapshot.sources.flatMap((source) => source.issues),
    reports: () =>
      snapshot.sources.map((source): StreamReport => ({
        key: `${key}:${source.source}`,
        label: `${SOURCE_LABELS[source.source]} calls to or from ${phone}`,
        source: source.source,
        state:
          source.state === 'error'
            ? 'error'
            : source.state === 'exhausted'
              ? 'done'
              : started
                ? 'more'
                : 'idle',
        error: source.error,
        limitations: source.limitations,
        filtering: source.filtering,
      })),
  }
}

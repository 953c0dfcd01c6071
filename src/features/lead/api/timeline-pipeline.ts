import type { ActivityItem } from '../../../domain/activity'
import type { Call } from '../../../domain/call'
import type { DataIssue } from '../../../domain/data-issue'
import { createSerial } from '../../../domain/serial'
import { shownTimeline, type TimelineReads } from '../model/timeline-view'
import type { StreamReport, TimelineStream } from './timeline-stream'

/** Everything the page needs after a step: the shown items, how complete they are, and why not. */
export type TimelineSnapshot = {
  /** Merged, de-duplicated, newest first; only items no unread record can change. */
  items: ActivityItem[]
  /** See TimelineReads.boundMs. */
  boundMs: number
  /** No stream can give more without a retry. */
  done: boolean
  reports: StreamReport[]
  issues: DataIssue[]
}

export interface TimelinePipeline {
  /** Reads until at least `count` more items can be shown, or nothing more can be read. */
  loadMore(count: number, signal?: AbortSignal): Promise<TimelineSnapshot>
  /** Retries every failed stream from where it stopped, then reads on. */
  retryFailed(count: number, signal?: AbortSignal): Promise<TimelineSnapshot>
  snapshot(): TimelineSnapshot
}

/** Most stream steps one loadMore takes, so a provider that returns empty pages cannot spin forever. */
const MAX_STEPS = 60

function reads(streams: readonly TimelineStream[]): TimelineReads {
  let boundMs = -Infinity
  for (const stream of streams) {
    if (!stream.unfinished()) continue
    const frontier = stream.frontier()
    boundMs = Math.max(boundMs, frontier === null ? Infinity : Date.parse(frontier))
  }
  const activity: ActivityItem[] = streams.flatMap((stream) => [...stream.activity()])
  const calls: Call[] = streams.flatMap((stream) => [...stream.calls()])
  return { activity, calls, boundMs }
}

/** The unfinished stream that holds the others back: the one whose frontier is newest (or unknown). */
function holder(streams: readonly TimelineStream[]): TimelineStream | null {
  let best: TimelineStream | null = null
  let bestMs = -Infinity
  for (const stream of streams) {
    if (!stream.unfinished()) continue
    const frontier = stream.frontier()
    const ms = frontier === null ? Infinity : Date.parse(frontier)
    if (best === null || ms > bestMs) {
      best = stream
      bestMs = ms
    }
  }
  return best
}

/**
 * A lead's timeline read from several newest-first streams (Leadping's lead timeline, the lead's
 * calls, other providers' calls to the lead's numbers) and shown newest first without gaps: an item
 * appears only once no stream still reading could produce a newer record or a twin of it. Streams that
 * have not answered yet are asked together; after that each step reads from the stream that holds the
 * others back, so nothing is read that the page does not need yet.
 * A failed stream stops holding the others back; it is reported and can be retried.
 */
export function createTimelinePipeline(streams: readonly TimelineStream[]): TimelinePipeline {
  function snapshot(): TimelineSnapshot {
    const read = reads(streams)
    return {
      items: shownTimeline(read),
      boundMs: read.boundMs,
      done: streams.every((stream) => !stream.unfinished()),
      reports: streams.flatMap((stream) => stream.reports()),
      issues: streams.flatMap((stream) => [...stream.issues()]),
    }
  }

  async function loadMore(count: number, signal?: AbortSignal): Promise<TimelineSnapshot> {
    const target = snapshot().items.length + count
    for (let step = 0; step < MAX_STEPS; step++) {
      // Streams that have not answered yet hold everything back: ask them all at once.
      const unstarted = streams.filter((stream) => stream.unfinished() && stream.frontier() === null)
      const next = unstarted.length > 0 ? unstarted : [holder(streams)].filter((stream) => stream !== null)
      if (next.length === 0) break
      await Promise.all(next.map((stream) => stream.advance(signal)))
      if (shownTimeline(reads(streams)).length >= target) break
    }
    return snapshot()
  }

  // One read at a time: a "Load more" pressed while infinite scroll is already reading would otherwise
  // ask a stream for the same page twice (same cursor) and show its items twice.
  const serialised = createSerial()

  return {
    loadMore: (count, signal) => serialised(() => loadMore(count, signal)),
    retryFailed: (count, signal) =>
      serialised(async () => {
        for (const stream of streams) {
          if (stream.reports().some((report) => report.state === 'error')) await stream.retry(signal)
        }
        return loadMore(count, signal)
      }),
    snapshot,
  }
}

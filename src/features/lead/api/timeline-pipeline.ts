import type { ActivityItem } from '#domain/activity'
import type { Call } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import { createSerial } from '#domain/serial'
import { shownTimeline } from '../model/timeline-view'
import type { StreamReport, TimelineStream } from './timeline-stream'

/** Everything the page needs after a step: the shown items, how complete they are, and why not. */
export type TimelineSnapshot = {
  /** Merged, de-duplicated, newest first; only items no unread record of an answered stream can change. */
  items: ActivityItem[]
  /**
   * Epoch ms: the streams that answered and may still give records have read back to here (see
   * TimelineReads.boundMs). Streams still waiting for their first answer are not counted: see `waiting`.
   */
  boundMs: number
  /** Some streams have not answered yet (their reports say 'loading'); their records join when they do. */
  waiting: boolean
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
  /** The current state; the same object until something changes (for useSyncExternalStore). */
  snapshot: () => TimelineSnapshot
  /** Calls `listener` whenever the snapshot changes, also when a slow stream answers between steps. */
  subscribe: (listener: () => void) => () => void
}

type Options = {
  /**
   * How long the first answers are waited for together before the streams that answered are shown
   * without the others. Together, a normal load shows its first screen once; apart, one slow source
   * cannot blank the timeline.
   */
  patienceMs?: number
}

/** Most stream steps one loadMore takes, so a provider that returns empty pages cannot spin forever. */
const MAX_STEPS = 60

const DEFAULT_PATIENCE_MS = 1_000

/** Resolves after `ms`; cleared when `cancel` settles first, so no timer outlives the wait. */
function patience(ms: number, cancel: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    void cancel.finally(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/**
 * A lead's timeline read from several newest-first streams (Leadping's lead timeline, the lead's
 * calls, other providers' calls to the lead's numbers) and shown newest first without gaps: an item
 * appears only once no answered stream still reading could produce a newer record or a twin of it.
 * Streams that have not answered yet are asked together in the background; the page waits for them a
 * moment (patienceMs), then shows what the others gave and marks them loading. Their records join in
 * time order when they answer. After that each step reads from the stream that holds the others back,
 * so nothing is read that the page does not need yet. An item once shown stays shown.
 * A failed stream stops holding the others back; it is reported and can be retried.
 */
export function createTimelinePipeline(
  streams: readonly TimelineStream[],
  { patienceMs = DEFAULT_PATIENCE_MS }: Options = {},
): TimelinePipeline {
  /** Streams whose first answer is awaited in the background. */
  const firstReads = new Map<TimelineStream, Promise<void>>()
  const listeners = new Set<() => void>()
  let current: TimelineSnapshot | null = null
  // Items are shown down to the lowest bound ever shown: a slow stream joining with a newer frontier
  // must not take back rows the reader already has (its older records join later, in order).
  let shownBoundMs = Infinity

  function changed() {
    current = null
    for (const listener of listeners) listener()
  }

  const answered = (stream: TimelineStream) => stream.unfinished() && !firstReads.has(stream)

  function boundOf(): number {
    let boundMs = -Infinity
    for (const stream of streams) {
      if (!answered(stream)) continue
      const frontier = stream.frontier()
      boundMs = Math.max(boundMs, frontier === null ? Infinity : Date.parse(frontier))
    }
    return boundMs
  }

  function snapshot(): TimelineSnapshot {
    if (current !== null) return current
    const boundMs = boundOf()
    shownBoundMs = Math.min(shownBoundMs, boundMs)
    const activity: ActivityItem[] = streams.flatMap((stream) => [...stream.activity()])
    const calls: Call[] = streams.flatMap((stream) => [...stream.calls()])
    current = {
      items: shownTimeline({ activity, calls, boundMs: shownBoundMs }),
      boundMs,
      waiting: firstReads.size > 0,
      done: streams.every((stream) => !stream.unfinished()),
      reports: streams.flatMap((stream) =>
        stream
          .reports()
          .map((report) => (firstReads.has(stream) ? { ...report, state: 'loading' as const } : report)),
      ),
      issues: streams.flatMap((stream) => [...stream.issues()]),
    }
    return current
  }

  /** Asks every stream without an answer yet for its first page, in the background. */
  function startFirstReads(signal?: AbortSignal) {
    for (const stream of streams) {
      if (!stream.unfinished() || stream.frontier() !== null || firstReads.has(stream)) continue
      const read = stream
        .advance(signal)
        // An abort leaves the stream unanswered; the next step asks again. Failures are in its report.
        .catch(() => undefined)
        .finally(() => {
          firstReads.delete(stream)
          changed()
        })
      firstReads.set(stream, read)
    }
    if (firstReads.size > 0) changed()
  }

  /** The answered stream that holds the others back: the one whose frontier is newest. */
  function holder(): TimelineStream | null {
    let best: TimelineStream | null = null
    let bestMs = -Infinity
    for (const stream of streams) {
      if (!answered(stream)) continue
      const frontier = stream.frontier()
      const ms = frontier === null ? Infinity : Date.parse(frontier)
      if (best === null || ms > bestMs) {
        best = stream
        bestMs = ms
      }
    }
    return best
  }

  async function loadMore(count: number, signal?: AbortSignal): Promise<TimelineSnapshot> {
    const target = snapshot().items.length + count
    startFirstReads(signal)
    if (firstReads.size > 0) await patience(patienceMs, Promise.all(firstReads.values()))
    for (let step = 0; step < MAX_STEPS; step++) {
      signal?.throwIfAborted()
      startFirstReads(signal)
      if (snapshot().items.length >= target) break
      const next = holder()
      if (next !== null) {
        try {
          await next.advance(signal)
        } finally {
          changed()
        }
      } else if (firstReads.size > 0) {
        await Promise.race(firstReads.values())
      } else break
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
          if (!stream.reports().some((report) => report.state === 'error')) continue
          try {
            await stream.retry(signal)
          } finally {
            changed()
          }
        }
        return loadMore(count, signal)
      }),
    snapshot,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

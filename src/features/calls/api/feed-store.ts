import type { Call, Source } from '../../../domain/call'
import type { FeedSnapshot, MergedFeed } from '../../../domain/feed'
import { perfMark } from '../../../lib/perf-mark'

export type FeedStoreState = {
  snapshot: FeedSnapshot
  /** A loadMore or retry is running. */
  loading: boolean
  /** The feed has not produced its first answer yet (skeleton rows). */
  initial: boolean
  /** Calls found by Live polling after the feed was created, newest first; shown above the feed's. */
  live: Call[]
}

/**
 * Wraps a stateful MergedFeed for React: one loading operation at a time (a second request for more
 * waits for the first instead of racing it), progress snapshots published as they arrive, and a
 * subscribe/getState pair for useSyncExternalStore. Stores are kept per filter set (see feed-cache.ts),
 * so going back to a view shows its rows at once.
 */
export class FeedStore {
  private state: FeedStoreState
  private readonly listeners = new Set<() => void>()
  private running: Promise<void> | null = null
  private controller = new AbortController()
  private dataReady = false

  constructor(private readonly feed: MergedFeed) {
    this.state = { snapshot: feed.snapshot(), loading: false, initial: true, live: [] }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getState = () => this.state

  private publish(patch: Partial<FeedStoreState>) {
    this.state = { ...this.state, ...patch }
    if (!this.dataReady && this.state.snapshot.calls.length > 0) {
      // Before React renders them: the benchmark splits data time from render time here.
      this.dataReady = true
      perfMark('calls:data-ready', { calls: this.state.snapshot.calls.length })
    }
    for (const listener of this.listeners) listener()
  }

  private run(work: (signal: AbortSignal) => Promise<FeedSnapshot>): Promise<void> {
    if (this.running) return this.running
    this.publish({ loading: true })
    const signal = this.controller.signal
    this.running = work(signal)
      .then(
        (snapshot) => this.publish({ snapshot, loading: false, initial: false }),
        // The feed records source failures in its snapshot; anything thrown here is an abort or a bug.
        // An aborted first load has not answered yet, so the page keeps its skeleton rather than
        // claiming there are no calls.
        () => {
          const snapshot = this.feed.snapshot()
          const initial = this.state.initial && signal.aborted && snapshot.calls.length === 0
          this.publish({ snapshot, loading: false, initial })
        },
      )
      .finally(() => {
        this.running = null
      })
    return this.running
  }

  /** Loads until `count` more calls are available (or every source is done). */
  loadMore(count: number): Promise<void> {
    if (this.state.snapshot.done && !this.state.initial) return Promise.resolve()
    return this.run((signal) => this.feed.loadMore(count, signal, (snapshot) => this.publish({ snapshot })))
  }

  retry(source: Source): Promise<void> {
    return this.run((signal) => this.feed.retry(source, signal))
  }

  /** Puts calls found by Live polling on top (they are newer than everything the feed holds). */
  prependLive(calls: readonly Call[]) {
    if (calls.length > 0) this.publish({ live: [...calls, ...this.state.live] })
  }

  /** Stops work in flight (the view was left); a later loadMore starts a fresh signal. */
  pause() {
    this.controller.abort()
    this.controller = new AbortController()
  }
}

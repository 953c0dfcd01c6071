import type { Source } from '../../../domain/call'
import type { FeedSnapshot, MergedFeed } from '../../../domain/feed'
import { FeedStore } from '../api/feed-store'

export type VolumeReadState = {
  snapshot: FeedSnapshot
  /** Pages are being read. */
  reading: boolean
  /** Reading has not started yet: it waits until the browser is idle, after the table's first rows. */
  waiting: boolean
  /** Reading stopped at the call cap (or the step limit) before the period was read to its start. */
  stoppedEarly: boolean
}

export type VolumeReaderOptions = {
  /** Calls older than this (epoch ms) are outside the chart; reading stops once the feed passes it. */
  windowStart: number
  /** Most calls read for one chart (each is kept in memory while the chart is shown). */
  maxCalls?: number
  /** Calls asked for per feed step, and most steps before giving up. */
  step?: number
  maxSteps?: number
}

/** Runs `work` when the browser has nothing more urgent to do (the table's rendering comes first). */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(work, 50)
  return () => clearTimeout(handle)
}

/**
 * Reads a merged feed until the chart's period is covered: until every source is done, the feed has
 * passed the window's start (the feed is newest first, so nothing later can fall inside it), or the
 * cap is reached. Progress is published as pages arrive, so bars fill in while reading goes on.
 */
export class VolumeReader {
  private readonly store: FeedStore
  private readonly listeners = new Set<() => void>()
  private state: VolumeReadState
  private looping = false
  private stopped = false
  private cancelIdle: (() => void) | null = null
  private readonly retries = new Set<Source>()

  constructor(
    feed: MergedFeed,
    private readonly options: VolumeReaderOptions,
  ) {
    this.store = new FeedStore(feed)
    this.state = { snapshot: feed.snapshot(), reading: false, waiting: true, stoppedEarly: false }
    this.store.subscribe(() => this.publish({ snapshot: this.store.getState().snapshot }))
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getState = () => this.state

  private publish(patch: Partial<VolumeReadState>) {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }

  /** Starts (or resumes) reading once the browser is idle. */
  start() {
    this.stopped = false
    this.cancelIdle?.()
    this.cancelIdle = whenIdle(() => {
      this.cancelIdle = null
      void this.read()
    })
  }

  /** Stops reading (the chart was left or its filters changed); `start` resumes where it stopped. */
  stop() {
    this.stopped = true
    this.cancelIdle?.()
    this.cancelIdle = null
    this.store.pause()
  }

  /** Retries a failed source, then reads on; a retry asked for while reading runs once that step ends. */
  retry(source: Source) {
    this.retries.add(source)
    void this.read()
  }

  private covered(snapshot: FeedSnapshot): boolean {
    const oldest = snapshot.calls.at(-1)
    return oldest !== undefined && Date.parse(oldest.occurredAt) < this.options.windowStart
  }

  /** Steps through the feed; true when it stopped at the cap or step limit before covering the window. */
  private async readSteps(): Promise<boolean> {
    const { maxCalls = 20_000, step = 1_000, maxSteps = 60 } = this.options
    for (let count = 0; count < maxSteps && !this.stopped; count += 1) {
      if (this.retries.size > 0) return false
      await this.store.loadMore(step)
      const { snapshot } = this.store.getState()
      if (snapshot.done || this.covered(snapshot)) return false
      if (snapshot.calls.length >= maxCalls) return true
    }
    return !this.stopped
  }

  private async read() {
    if (this.looping || this.stopped) return
    this.looping = true
    this.publish({ reading: true, waiting: false, stoppedEarly: false })
    let stoppedEarly = false
    do {
      for (const source of [...this.retries]) {
        this.retries.delete(source)
        await this.store.retry(source)
      }
      stoppedEarly = await this.readSteps()
    } while (this.retries.size > 0 && !this.stopped)
    this.looping = false
    this.publish({ reading: false, stoppedEarly: stoppedEarly && !this.stopped })
  }
}

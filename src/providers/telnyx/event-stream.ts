import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { ReaderContext } from '../adapter-kit/reader-context'
import type { TelnyxEvent } from './events'
import { TelnyxPageWalker } from './page-walker'
import type { TelnyxEventQuery } from './to-query'

/**
 * One named event stream (e.g. every `call.hangup` of the period), possibly the union of two queries
 * (`filter[from]` and `filter[to]` for a number), walked newest first.
 */
export class TelnyxEventStream {
  private readonly walkers: TelnyxPageWalker[]

  constructor(ctx: ReaderContext, queries: readonly TelnyxEventQuery[]) {
    this.walkers = queries.map((query) => new TelnyxPageWalker(ctx, query))
  }

  /** The newest instant any walker may still return; null when all are done. */
  bound(): string | null {
    let bound: string | null = null
    for (const walker of this.walkers) {
      const value = walker.bound()
      if (value !== null && (bound === null || value > bound)) bound = value
    }
    return bound
  }

  stop(): void {
    for (const walker of this.walkers) walker.stop()
  }

  /** Advances every walker that holds the stream's bound (usually one). */
  async step(signal?: AbortSignal) {
    const bound = this.bound()
    const due = this.walkers.filter((walker) => bound !== null && walker.bound() === bound)
    const results = await Promise.all(due.map((walker) => walker.step(signal)))
    const events: TelnyxEvent[] = results.flatMap((result) => result.events)
    const issues: DataIssue[] = results.flatMap((result) => result.issues)
    const scanned = results.reduce((sum, result) => sum + result.scanned, 0)
    const error: SourceError | null = results.find((result) => result.error !== null)?.error ?? null
    return { events, issues, scanned, error }
  }
}

import type { DataIssue } from '#domain/data-issue'
import { UNBOUNDED } from '#domain/feed-reader'
import type { SourceError } from '#domain/feed'
import { toIsoUtc } from '#domain/time'
import type { ReaderContext } from '../adapter-kit/reader-context'
import type { TelnyxEvent } from './events'
import { fetchEventPage } from './fetch-events'
import type { TelnyxEventQuery } from './to-query'

export type WalkStep = {
  events: TelnyxEvent[]
  issues: DataIssue[]
  scanned: number
  error: SourceError | null
}

/**
 * Walks one `call_events` query newest first. The API orders events by occurred_at ascending and pages
 * from 1, so the newest events are on the LAST page: the walker reads page 1 (which also says how many
 * pages there are, and is kept for the end of the walk), then the last page, then each page before it.
 * Ascending order has a useful property here: events arriving while we walk are appended after the
 * pages already planned, so page k keeps its content and nothing is skipped (at worst an event is read
 * twice when the 24-hour window slides, and the caller de-duplicates by event key).
 */
export class TelnyxPageWalker {
  private phase: 'start' | 'walking' | 'done' = 'start'
  private nextPage = 0
  private firstPage: TelnyxEvent[] = []
  private oldest: string | null = null

  constructor(
    private readonly ctx: ReaderContext,
    readonly query: TelnyxEventQuery,
  ) {}

  /** Every event not yet returned occurred at or before this instant; null when the walk is over. */
  bound(): string | null {
    if (this.phase === 'done') return null
    if (this.phase === 'start') return UNBOUNDED
    return this.oldest ?? UNBOUNDED
  }

  /** Ends the walk early (the caller has read far enough back). */
  stop(): void {
    this.phase = 'done'
  }

  async step(signal?: AbortSignal): Promise<WalkStep> {
    if (this.phase === 'done') return { events: [], issues: [], scanned: 0, error: null }
    if (this.phase === 'walking' && this.nextPage <= 1) {
      this.phase = 'done'
      return { events: this.firstPage, issues: [], scanned: 0, error: null }
    }
    const page = this.phase === 'start' ? 1 : this.nextPage
    const result = await fetchEventPage(this.ctx, this.query, page, signal, this.ctx.pageSize)
    if (!result.ok) return { events: [], issues: result.issues, scanned: 0, error: result.error }
    if (this.phase === 'start') {
      if (result.meta.total_pages <= 1) {
        this.phase = 'done'
        return { events: result.events, issues: result.issues, scanned: result.scanned, error: null }
      }
      this.phase = 'walking'
      this.firstPage = result.events
      this.nextPage = result.meta.total_pages
      return { events: [], issues: result.issues, scanned: result.scanned, error: null }
    }
    this.nextPage -= 1
    for (const event of result.events) {
      const at = toIsoUtc(event.wire.event_timestamp) ?? event.at
      if (this.oldest === null || at < this.oldest) this.oldest = at
    }
    return { events: result.events, issues: result.issues, scanned: result.scanned, error: null }
  }
}

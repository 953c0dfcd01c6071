import type { Call, Source } from '#domain/call'
import type { CallDetailResult } from '#domain/call-detail'
import { callMatchesFilters } from '#domain/call-match'
import type { CallFilters } from '#domain/call-filters'
import type { DataIssue } from '#domain/data-issue'
import { UNBOUNDED, type ReaderStep, type SourceReader } from '#domain/feed-reader'
import type { SourceError } from '#domain/feed'
import { parseSearchQuery } from '#domain/search-query'

/** One page as an adapter read it: mapped calls (before filtering) and where the next page is. */
export type PageResult<Cursor> =
  | { ok: true; calls: Call[]; issues: DataIssue[]; scanned: number; next: Cursor | null }
  | { ok: false; error: SourceError; issues: DataIssue[] }

export type PagedReaderOptions<Cursor> = {
  source: Source
  filters: CallFilters
  /** Unit of "scanned" when some filters run here; null when the provider applied them all. */
  clientUnit: string | null
  limitations?: readonly string[]
  first: Cursor
  fetchPage: (cursor: Cursor, signal?: AbortSignal) => Promise<PageResult<Cursor>>
  /**
   * True when the provider returns calls newest first, so the walk may stop once it is older than the
   * period's start (and the bound it reports is honest).
   */
  newestFirst: boolean
}

/**
 * A SourceReader over any paging dialect (cursor token, page numbers, a single page): it keeps the
 * cursor, drops calls it has already returned (pages shift when new calls arrive), applies every
 * filter on the client as a safety net, and reports its bound as the oldest call seen so far.
 */
export function createPagedReader<Cursor>(options: PagedReaderOptions<Cursor>): SourceReader {
  let cursor: Cursor | null = options.first
  let oldest: string | null = null
  const seen = new Set<string>()
  const search = parseSearchQuery(options.filters.query)
  const start = options.filters.start === null ? null : new Date(options.filters.start).toISOString()

  return {
    source: options.source,
    clientUnit: options.clientUnit,
    limitations: options.limitations ?? [],
    bound() {
      if (cursor === null) return null
      // Without a newest-first guarantee any later page may hold a newer call.
      return options.newestFirst ? (oldest ?? UNBOUNDED) : UNBOUNDED
    },
    async step(signal?: AbortSignal): Promise<ReaderStep> {
      if (cursor === null) return { calls: [], issues: [], scanned: 0, error: null }
      const page = await options.fetchPage(cursor, signal)
      if (!page.ok) return { calls: [], issues: page.issues, scanned: 0, error: page.error }
      const calls: Call[] = []
      for (const call of page.calls) {
        if (oldest === null || call.occurredAt < oldest) oldest = call.occurredAt
        if (seen.has(call.id)) continue
        seen.add(call.id)
        if (callMatchesFilters(call, options.filters, search)) calls.push(call)
      }
      cursor = page.next
      if (options.newestFirst && start !== null && oldest !== null && oldest < start) cursor = null
      return { calls, issues: page.issues, scanned: page.scanned, error: null }
    },
  }
}

/** A call looked up by id, as a reader's only page: an invalid record is a data problem, not an error. */
export function lookupAsPage(result: CallDetailResult): PageResult<never> {
  if (result.kind === 'error') return { ok: false, error: result.error, issues: [] }
  if (result.kind === 'invalid') return { ok: true, calls: [], issues: result.issues, scanned: 1, next: null }
  const calls = result.kind === 'found' ? [result.detail.call] : []
  return { ok: true, calls, issues: [], scanned: calls.length, next: null }
}

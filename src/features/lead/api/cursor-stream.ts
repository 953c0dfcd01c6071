import type { ActivityItem } from '#domain/activity'
import type { Call, Source } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { CursorPage } from '#providers/leadping/lead-loaders'
import type { StreamReport, TimelineStream } from './timeline-stream'

type Options<T> = {
  key: string
  label: string
  source: Source
  /** One page from a continuation token (null for the first page), newest first. */
  fetchPage: (token: string | null, signal?: AbortSignal) => Promise<CursorPage<T>>
  /** Whether the records are timeline items or calls. */
  as: 'activity' | 'calls'
}

/**
 * A continuation-token paged list as a timeline stream (Leadping's lead timeline and the lead's calls).
 * A failed page keeps its token, so a retry asks for exactly that page again.
 */
export function createCursorStream<T extends ActivityItem | Call>(options: Options<T>): TimelineStream {
  let records: T[] = []
  let issues: DataIssue[] = []
  let token: string | null = null
  let started = false
  let done = false
  let error: SourceError | null = null
  let frontier: string | null = null

  async function advance(signal?: AbortSignal) {
    if (done || error !== null) return
    const page = await options.fetchPage(token, signal)
    issues = [...issues, ...page.issues]
    if (!page.ok) {
      error = page.error
      return
    }
    started = true
    records = [...records, ...page.items]
    for (const record of page.items) {
      const at = record.occurredAt
      if (frontier === null || Date.parse(at) < Date.parse(frontier)) frontier = at
    }
    token = page.next
    done = page.next === null
  }

  function report(): StreamReport {
    const state = error !== null ? 'error' : done ? 'done' : started ? 'more' : 'idle'
    return {
      key: options.key,
      label: options.label,
      sources: [options.source],
      state,
      error,
      sync: [],
      filtering: null,
    }
  }

  return {
    key: options.key,
    advance,
    retry: async (signal) => {
      error = null
      await advance(signal)
    },
    unfinished: () => !done && error === null,
    frontier: () => frontier,
    activity: () => (options.as === 'activity' ? (records as ActivityItem[]) : []),
    calls: () => (options.as === 'calls' ? (records as Call[]) : []),
    issues: () => issues,
    reports: () => [report()],
  }
}

import { callKey, SOURCE_LABELS, type Call, type Source } from '#domain/call'
import { DEFAULT_CALLS_QUERY, type SourceSync } from '#domain/index-api'
import { HttpError } from '#lib/http-error'
import type { CallsPageFetcher } from '#lib/index-client'
import type { StreamError, StreamReport, TimelineStream } from './timeline-stream'

/**
 * Calls asked for per page. The index answers a page from one keyset read, so a page costs little more
 * than a screen; most leads' calls fit in one.
 */
export const INDEX_PAGE_SIZE = 100

type Options = {
  key: string
  /** The lead's number as the lead record spells it; the index matches it in any format. */
  phone: string
  sources: readonly Source[]
  fetchPage: CallsPageFetcher<Call>
}

/** "Telnyx, Skipcall and CallingBox". */
function sourceNames(sources: readonly Source[]): string {
  const names = sources.map((source) => SOURCE_LABELS[source])
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
}

function streamError(error: unknown): StreamError {
  if (error instanceof HttpError)
    return {
      status: error.status,
      message: `The call index answered ${error.status}: ${error.message}`,
      providerMessage: null,
      retryable: error.retryable,
      retryAfterSeconds: error.retryAfterSeconds,
    }
  const message = error instanceof Error ? error.message : String(error)
  return { status: null, message, providerMessage: null, retryable: true, retryAfterSeconds: null }
}

/**
 * Other providers' calls to or from one of the lead's numbers, read newest first from the server's call
 * index (`/api/calls?q=<number>&period=all&form=full`: the timeline shows each call's steps) page by page
 * through its cursors. The index holds every
 * provider's history, so nothing here is limited to a provider's own search window; what it may lack
 * (a source whose sync is stale or has not finished) comes with each page as `sync` and is reported.
 * A failed page keeps its cursor, so a retry asks for exactly that page again.
 */
export function createIndexStream({ key, phone, sources, fetchPage }: Options): TimelineStream {
  let calls: Call[] = []
  const seen = new Set<string>()
  let cursor: string | null = null
  let started = false
  let done = false
  let error: StreamError | null = null
  let frontier: string | null = null
  let sync: SourceSync[] = []

  async function advance(signal?: AbortSignal) {
    if (done || error !== null) return
    try {
      const page = await fetchPage(
        {
          ...DEFAULT_CALLS_QUERY,
          q: phone,
          sources: [...sources],
          period: 'all',
          cursor,
          limit: INDEX_PAGE_SIZE,
        },
        signal,
      )
      started = true
      sync = page.sync.filter((entry) => sources.includes(entry.source))
      // Keyset pages do not overlap, but a call edited between two pages could be listed by both.
      const fresh = page.calls.filter((call) => !seen.has(callKey(call)))
      for (const call of fresh) seen.add(callKey(call))
      calls = [...calls, ...fresh]
      for (const call of page.calls) {
        if (frontier === null || Date.parse(call.occurredAt) < Date.parse(frontier))
          frontier = call.occurredAt
      }
      cursor = page.nextCursor
      done = page.nextCursor === null
    } catch (caught) {
      if (signal?.aborted) throw caught
      error = streamError(caught)
    }
  }

  function report(): StreamReport {
    return {
      key,
      label: `${sourceNames(sources)} calls to or from ${phone}`,
      sources,
      state: error !== null ? 'error' : done ? 'done' : started ? 'more' : 'idle',
      error,
      sync,
      filtering: { appliedBy: 'server' },
    }
  }

  return {
    key,
    advance,
    retry: async (signal) => {
      error = null
      await advance(signal)
    },
    unfinished: () => !done && error === null,
    frontier: () => frontier,
    activity: () => [],
    calls: () => calls,
    issues: () => [],
    reports: () => [report()],
  }
}

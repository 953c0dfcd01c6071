import { queryOptions } from '@tanstack/react-query'
import type { Source } from '#domain/call'
import { readerContext } from '#lib/reader-context'
import { SourceFailure } from '#lib/source-failure'
import { loadCallDetail } from '#providers/call-detail'
import { loadCallingBoxTranscript } from '#providers/callingbox/fetch'
import { loadTelnyxRecordings } from '#providers/telnyx/recordings'

// Every read of this page reaches the provider: Refresh and Retry must ask again, links expire.
const ctx = readerContext(null)

/** One call: found, not found, or a record that failed its schema (a failure is thrown, see SourceFailure). */
export function callDetailQuery(source: Source, id: string) {
  return queryOptions({
    queryKey: ['call-detail', source, id],
    queryFn: async ({ signal }) => {
      const result = await loadCallDetail(ctx.fetcher, source, id, ctx.now, signal)
      if (result.kind === 'error') throw new SourceFailure(result.error)
      return result
    },
  })
}

/** A CallingBox call's transcript, loaded next to the call so its absence never hides the call. */
export function transcriptQuery(id: string) {
  return queryOptions({
    queryKey: ['callingbox-transcript', id],
    queryFn: async ({ signal }) => {
      const result = await loadCallingBoxTranscript(ctx, id, signal)
      if (result.kind === 'error') throw new SourceFailure(result.error)
      return result
    },
  })
}

/**
 * A Telnyx session's recordings. Their download links expire ten minutes after Telnyx signs them, so
 * the answer is never reused from the cache (staleTime 0, dropped as soon as the player unmounts) and
 * requests bypass the shared provider cache: the player refetches whenever a link is old or refused.
 */
export function telnyxRecordingsQuery(sessionId: string) {
  return queryOptions({
    queryKey: ['telnyx-recordings', sessionId],
    queryFn: async ({ signal }) => {
      const result = await loadTelnyxRecordings(ctx, sessionId, signal)
      if (!result.ok) throw new SourceFailure(result.error)
      return { ...result, fetchedAt: Date.now() }
    },
    staleTime: 0,
    gcTime: 0,
    refetchOnMount: 'always',
  })
}

import { queryOptions } from '@tanstack/react-query'
import type { Source } from '../../../domain/call'
import { fetchFromGateway } from '../../../lib/provider-fetcher'
import { loadCallDetail } from '../../../providers/call-detail'
import { loadCallingBoxTranscript } from '../../../providers/callingbox/fetch'
import { loadTelnyxRecordings } from '../../../providers/telnyx/recordings'
export { ProviderLoadError } from './provider-load-error'
import { ProviderLoadError } from './provider-load-error'

const context = () => ({ fetcher: fetchFromGateway, now: () => new Date() })

/** One call: found, not found, or a record that failed its schema (errors are thrown, see above). */
export function callDetailQuery(source: Source, id: string) {
  return queryOptions({
    queryKey: ['call-detail', source, id],
    queryFn: async ({ signal }) => {
      const result = await loadCallDetail(fetchFromGateway, source, id, () => new Date(), signal)
      if (result.kind === 'error') throw new ProviderLoadError(result.error)
      return result
    },
    // The page shows the error and a Retry button; silent retries would only delay that answer.
    retry: false,
  })
}

/** A CallingBox call's transcript, loaded next to the call so its absence never hides the call. */
export function transcriptQuery(id: string) {
  return queryOptions({
    queryKey: ['callingbox-transcript', id],
    queryFn: async ({ signal }) => {
      const result = await loadCallingBoxTranscript(context(), id, signal)
      if (result.kind === 'error') throw new ProviderLoadError(result.error)
      return result
    },
    retry: false,
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
      const result = await loadTelnyxRecordings(context(), sessionId, signal)
      if (!result.ok) throw new ProviderLoadError(result.error)
      return { ...result, fetchedAt: Date.now() }
    },
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnMount: 'always',
  })
}

import type { Source } from '#domain/call'
import type { CallDetailResult } from '#domain/call-detail'
import type { ProviderFetcher } from '#domain/feed'
import { loadCallingBoxCall } from './callingbox/fetch'
import { fetchLeadpingRecord } from './leadping/fetch'
import { leadpingCallToCall } from './leadping/to-call'
import { LeadpingCallEventWireSchema } from './leadping/wire-schema'
import { toCallDetail } from './adapter-kit/fetch-record'
import { isUuid } from './adapter-kit/impossible-id'
import type { ReaderContext } from './adapter-kit/reader-context'
import { loadSkipcallCall } from './skipcall/fetch'
import { refusesTelnyxCallId } from './telnyx/errors'
import { loadTelnyxSession } from './telnyx/session'

/**
 * The id formats the providers document, so an id that cannot exist is "not found" without a request:
 * Telnyx's `filter[application_session_id]` and `filter[leg_id]` are uuids, CallingBox's path `id` is a
 * `string<uuid>`. Leadping and Skipcall document a plain string, so only they can say.
 */
const DOCUMENTED_ID_FORMAT: Record<Source, ((id: string) => boolean) | null> = {
  telnyx: isUuid,
  leadping: null,
  skipcall: null,
  callingbox: isUuid,
}

async function loadLeadpingCall(
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  const path = `/events/calls/${encodeURIComponent(id)}`
  return toCallDetail(
    await fetchLeadpingRecord(ctx, path, LeadpingCallEventWireSchema, signal),
    leadpingCallToCall,
  )
}

async function loadTelnyxCall(
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  const result = await loadTelnyxSession(ctx, id, signal)
  if (result.kind === 'error')
    return refusesTelnyxCallId(result.error) ? { kind: 'not_found' } : { kind: 'error', error: result.error }
  if (result.kind === 'not_found') return { kind: 'not_found' }
  return { kind: 'found', detail: result.session }
}

/**
 * One call for the call page, by source and id: a Telnyx session with all its legs and events, or a
 * single record for the other providers. The CallingBox transcript and Telnyx recordings are loaded
 * separately (callingbox/fetch.ts `loadCallingBoxTranscript`, telnyx/recordings.ts), when needed. An id
 * that cannot exist (wrong format, or refused as malformed) is not found, like one that does not.
 */
export function loadCallDetail(
  fetcher: ProviderFetcher,
  source: Source,
  id: string,
  now: () => Date = () => new Date(),
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  const ctx = { fetcher, now }
  const wellFormed = DOCUMENTED_ID_FORMAT[source]
  if (wellFormed !== null && !wellFormed(id)) return Promise.resolve({ kind: 'not_found' })
  switch (source) {
    case 'telnyx':
      return loadTelnyxCall(ctx, id, signal)
    case 'leadping':
      return loadLeadpingCall(ctx, id, signal)
    case 'skipcall':
      return loadSkipcallCall(ctx, id, signal)
    case 'callingbox':
      return loadCallingBoxCall(ctx, id, signal)
  }
}

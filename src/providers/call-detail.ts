import type { Source } from '../domain/call'
import type { CallDetailResult } from '../domain/call-detail'
import type { ProviderFetcher } from '../domain/feed'
import { loadCallingBoxCall } from './callingbox/fetch'
import { fetchLeadpingRecord } from './leadping/fetch'
import { leadpingCallToCall } from './leadping/to-call'
import { LeadpingCallEventWireSchema } from './leadping/wire-schema'
import { toCallDetail } from './adapter-kit/fetch-record'
import type { ReaderContext } from './adapter-kit/reader-context'
import { loadSkipcallCall } from './skipcall/fetch'
import { loadTelnyxSession } from './telnyx/session'

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
  if (result.kind === 'error') return { kind: 'error', error: result.error }
  if (result.kind === 'not_found') return { kind: 'not_found' }
  return { kind: 'found', detail: result.session }
}

/**
 * One call for the call page, by source and id: a Telnyx session with all its legs and events, or a
 * single record for the other providers. The CallingBox transcript and Telnyx recordings are loaded
 * separately (callingbox/fetch.ts `loadCallingBoxTranscript`, telnyx/recordings.ts), when needed.
 */
export function loadCallDetail(
  fetcher: ProviderFetcher,
  source: Source,
  id: string,
  now: () => Date = () => new Date(),
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  const ctx = { fetcher, now }
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

import type { CallDetail, ProviderEvent } from '#domain/call-detail'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { flagEvents, type FlaggedEvent, type TelnyxEvent } from './events'
import { fetchAllEvents, fetchEventPage } from './fetch-events'
import { telnyxEventsToCall } from './to-call'

export type TelnyxSessionResult =
  | { kind: 'found'; session: CallDetail; issues: DataIssue[]; scanned: number }
  | { kind: 'not_found'; issues: DataIssue[]; scanned: number }
  | { kind: 'error'; error: SourceError; issues: DataIssue[] }

export function toProviderEvent(event: FlaggedEvent): ProviderEvent {
  return {
    id: event.webhook?.id ?? null,
    sessionId: event.wire.call_session_id,
    legId: event.wire.call_leg_id,
    name: event.wire.name,
    type: event.wire.type,
    at: event.at,
    rawAt: event.rawAt,
    flags: event.flags,
    raw: event.raw,
  }
}

/** A whole session from its events: the call, and every event of every leg in time order. */
export function buildTelnyxSession(
  events: readonly TelnyxEvent[],
  truncated: boolean,
  issues: DataIssue[],
): CallDetail | null {
  const flagged = flagEvents(events)
  const call = telnyxEventsToCall(flagged)
  if (call === null) return null
  return { call, events: flagged.map(toProviderEvent), truncated, issues }
}

/**
 * Loads every event of a session (`filter[application_session_id]`, which lifts the 24-hour limit).
 * When the id is a leg id instead, the leg's events name its session, which is then loaded whole.
 */
export async function loadTelnyxSession(
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<TelnyxSessionResult> {
  const bySession = await fetchAllEvents(ctx, { sessionId: id }, signal)
  if (!bySession.ok) return { kind: 'error', error: bySession.error, issues: bySession.issues }
  let scanned = bySession.events.length
  let result = bySession
  if (bySession.events.length === 0) {
    const leg = await fetchEventPage(ctx, { legId: id }, 1, signal, 1)
    if (!leg.ok) return { kind: 'error', error: leg.error, issues: leg.issues }
    scanned += leg.scanned
    const sessionId = leg.events[0]?.wire.call_session_id
    if (sessionId === undefined)
      return { kind: 'not_found', issues: [...bySession.issues, ...leg.issues], scanned }
    const session = await fetchAllEvents(ctx, { sessionId }, signal)
    if (!session.ok) return { kind: 'error', error: session.error, issues: session.issues }
    scanned += session.events.length
    result = session
  }
  const session = buildTelnyxSession(result.events, result.truncated, result.issues)
  if (session === null) return { kind: 'not_found', issues: result.issues, scanned }
  return { kind: 'found', session, issues: result.issues, scanned }
}

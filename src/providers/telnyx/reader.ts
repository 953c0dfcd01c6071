import { callMatchesFilters } from '#domain/call-match'
import type { Call } from '#domain/call'
import type { CallFilters } from '#domain/call-filters'
import type { DataIssue } from '#domain/data-issue'
import { UNBOUNDED, type ReaderStep, type SourceReader } from '#domain/feed-reader'
import type { SourceError } from '#domain/feed'
import { parseSearchQuery } from '#domain/search-query'
import { shiftIso } from '#domain/time'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { TelnyxEventStream } from './event-stream'
import { flagEvents, type TelnyxEvent } from './events'
import { loadTelnyxSession } from './session'
import { telnyxEventsToCall } from './to-call'
import { planTelnyxCallList, type ListStreamName, type TelnyxEventQuery } from './to-query'
import { isUuid } from '../adapter-kit/impossible-id'

/**
 * How far apart the legs of one session may start. A session is listed only once the call.initiated
 * stream has been read this far below its first leg, so a transfer leg seen first does not date the
 * call. A leg that starts later than this after its session's first one still shows on the call page.
 */
export const LEG_GRACE_MS = 10 * 60 * 1000

type AuxName = Exclude<ListStreamName, 'initiated'>

/**
 * Lists Telnyx calls newest first without reading every event of the period.
 *
 * `GET /v2/call_events` is a log of every command and webhook, oldest first, 24 hours deep. Reading it
 * all to find the newest 50 calls would cost a whole day of events (commands, speak, gather, DTMF…);
 * looking each call up by session would cost one request per row. Instead the reader walks only the
 * events that decide a row, each as its own `filter[name]` stream walked from its LAST page backwards:
 * `call.initiated` (the calls themselves, and the only event with a direction), then `call.answered`,
 * `call.hangup`, both machine-detection results and the recording events for the outcome. It joins
 * them by session and leg. A call is complete, and handed to the feed, once every outcome stream has
 * been read back to the call's start (those events can only come after it) and the initiated stream
 * LEG_GRACE_MS further (so that the session's first leg has been seen).
 */
class TelnyxScanReader implements SourceReader {
  readonly source = 'telnyx'
  private readonly initiated: TelnyxEventStream
  private readonly aux: Map<AuxName, TelnyxEventStream>
  private readonly events = new Map<string, Map<string, TelnyxEvent>>()
  private readonly pending = new Map<string, string>()
  private readonly listed = new Set<string>()
  private readonly search

  constructor(
    ctx: ReaderContext,
    private readonly filters: CallFilters,
    readonly clientUnit: string | null,
    readonly limitations: readonly string[],
    streams: Record<ListStreamName, TelnyxEventQuery[]>,
    private readonly stopBelow: string | null,
  ) {
    this.initiated = new TelnyxEventStream(ctx, streams.initiated)
    const { initiated: _initiated, ...aux } = streams
    this.aux = new Map(
      Object.entries(aux).map(([name, queries]) => [name as AuxName, new TelnyxEventStream(ctx, queries)]),
    )
    this.search = parseSearchQuery(filters.query)
  }

  bound(): string | null {
    const initiated = this.initiated.bound()
    const newestPending = [...this.pending.values()].reduce<string | null>(
      (max, at) => (max === null || at > max ? at : max),
      null,
    )
    if (initiated === null) return newestPending
    return newestPending !== null && newestPending > initiated ? newestPending : initiated
  }

  async step(signal?: AbortSignal): Promise<ReaderStep> {
    const newest = [...this.pending.values()].sort().at(-1) ?? null
    const due: TelnyxEventStream[] = []
    const initiatedBound = this.initiated.bound()
    if (initiatedBound !== null && (newest === null || initiatedBound >= shiftIso(newest, -LEG_GRACE_MS)))
      due.push(this.initiated)
    // Outcome streams start with the first read (saving a round trip), then follow the newest pending call.
    for (const stream of this.aux.values()) {
      const bound = stream.bound()
      if (bound === UNBOUNDED || (newest !== null && bound !== null && bound >= newest)) due.push(stream)
    }
    const results = await Promise.all(due.map((stream) => stream.step(signal)))
    const issues: DataIssue[] = results.flatMap((result) => result.issues)
    const scanned = results.reduce((sum, result) => sum + result.scanned, 0)
    const error: SourceError | null = results.find((result) => result.error !== null)?.error ?? null
    results.forEach((result, index) => this.absorb(result.events, due[index] === this.initiated))
    const lowest = this.initiated.bound()
    if (
      this.stopBelow !== null &&
      lowest !== null &&
      lowest !== UNBOUNDED &&
      lowest < shiftIso(this.stopBelow, -LEG_GRACE_MS)
    ) {
      this.initiated.stop()
    }
    return { calls: this.collectReady(), issues, scanned, error }
  }

  private absorb(events: readonly TelnyxEvent[], fromInitiated: boolean): void {
    for (const event of events) {
      const session = event.wire.call_session_id
      if (this.listed.has(session)) continue
      const byKey = this.events.get(session) ?? new Map<string, TelnyxEvent>()
      byKey.set(event.key, event)
      this.events.set(session, byKey)
      if (!fromInitiated) continue
      const start = this.pending.get(session)
      if (start !== undefined && start <= event.at) continue
      if (this.stopBelow !== null && event.at < this.stopBelow) {
        // The call began before the period: it can only get older, so stop tracking it.
        this.pending.delete(session)
        this.events.delete(session)
        this.listed.add(session)
      } else {
        this.pending.set(session, event.at)
      }
    }
  }

  private isReady(start: string): boolean {
    const initiated = this.initiated.bound()
    if (initiated !== null && initiated >= shiftIso(start, -LEG_GRACE_MS)) return false
    return [...this.aux.values()].every((stream) => {
      const bound = stream.bound()
      return bound === null || bound < start
    })
  }

  private collectReady(): Call[] {
    const calls: Call[] = []
    for (const [session, start] of this.pending) {
      if (!this.isReady(start)) continue
      this.pending.delete(session)
      this.listed.add(session)
      const events = [...(this.events.get(session)?.values() ?? [])]
      this.events.delete(session)
      const call = telnyxEventsToCall(flagEvents(events))
      if (call !== null && callMatchesFilters(call, this.filters, this.search)) calls.push(call)
    }
    return calls
  }
}

/** Looks a call up by session or leg id: one or two bounded queries, no 24-hour limit. */
class TelnyxLookupReader implements SourceReader {
  readonly source = 'telnyx'
  readonly limitations: readonly string[] = []
  private done = false

  constructor(
    private readonly ctx: ReaderContext,
    private readonly filters: CallFilters,
    private readonly id: string,
    readonly clientUnit: string | null,
  ) {}

  bound(): string | null {
    return this.done ? null : UNBOUNDED
  }

  async step(signal?: AbortSignal): Promise<ReaderStep> {
    if (!isUuid(this.id)) {
      // Telnyx session and leg ids are UUIDs; anything else cannot be a Telnyx call.
      this.done = true
      return { calls: [], issues: [], scanned: 0, error: null }
    }
    const result = await loadTelnyxSession(this.ctx, this.id, signal)
    if (result.kind === 'error') return { calls: [], issues: result.issues, scanned: 0, error: result.error }
    this.done = true
    if (result.kind === 'not_found')
      return { calls: [], issues: result.issues, scanned: result.scanned, error: null }
    const { call } = result.session
    const calls = callMatchesFilters(call, this.filters) ? [call] : []
    return { calls, issues: result.issues, scanned: result.scanned, error: null }
  }
}

export function createTelnyxReader(ctx: ReaderContext, filters: CallFilters): SourceReader {
  const plan = planTelnyxCallList(filters, ctx.now())
  const unit = plan.clientFilters.length > 0 ? 'events' : null
  if (plan.kind === 'lookup') return new TelnyxLookupReader(ctx, filters, plan.id, unit)
  return new TelnyxScanReader(ctx, filters, unit, plan.limitations, plan.streams, plan.stopBelow)
}

import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import { parseRecords } from '../adapter-kit/parse-records'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { readTelnyxEvent, type TelnyxEvent } from './events'
import { TELNYX_PAGE_SIZE, telnyxEventsQueryString, type TelnyxEventQuery } from './to-query'
import { fetchTelnyxList } from './fetch-list'
import { TelnyxCallEventWireSchema, type TelnyxPageMetaWire } from './wire-schema'

export type EventPage =
  | { ok: true; events: TelnyxEvent[]; issues: DataIssue[]; meta: TelnyxPageMetaWire; scanned: number }
  | { ok: false; error: SourceError; issues: DataIssue[] }

/** One page of `GET /v2/call_events`, each record parsed on its own. */
export async function fetchEventPage(
  ctx: ReaderContext,
  query: TelnyxEventQuery,
  page: number,
  signal?: AbortSignal,
  size = TELNYX_PAGE_SIZE,
): Promise<EventPage> {
  const list = await fetchTelnyxList(
    ctx,
    '/v2/call_events',
    telnyxEventsQueryString({ ...query, page: { number: page, size } }),
    'not a call event list',
    signal,
  )
  if (!list.ok) return list
  const parsed = parseRecords('telnyx', TelnyxCallEventWireSchema, list.items, 'data', 'call_session_id')
  const issues = [...parsed.issues]
  const events = parsed.records.map((record, index) => {
    const read = readTelnyxEvent(record, page * size + index, `data.${index}`)
    issues.push(...read.issues)
    return read.event
  })
  return { ok: true, events, issues, meta: list.meta, scanned: list.items.length }
}

/** Every page of a bounded query (one session or leg), oldest first; stops at `maxPages`. */
export async function fetchAllEvents(
  ctx: ReaderContext,
  query: TelnyxEventQuery,
  signal?: AbortSignal,
  maxPages = 40,
): Promise<
  | { ok: true; events: TelnyxEvent[]; issues: DataIssue[]; truncated: boolean }
  | { ok: false; error: SourceError; issues: DataIssue[] }
> {
  const events: TelnyxEvent[] = []
  const issues: DataIssue[] = []
  for (let page = 1; page <= maxPages; page += 1) {
    const result = await fetchEventPage(ctx, query, page, signal, ctx.pageSize)
    if (!result.ok) return { ok: false, error: result.error, issues: [...issues, ...result.issues] }
    events.push(...result.events)
    issues.push(...result.issues)
    if (page >= result.meta.total_pages) return { ok: true, events, issues, truncated: false }
  }
  return { ok: true, events, issues, truncated: true }
}

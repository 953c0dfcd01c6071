import type { Call } from '#domain/call'
import type { SourceError } from '#domain/feed'
import { detailRecordsToCall, groupDetailRecordsBySession } from '#providers/telnyx/detail-record-to-call'
import { fetchDetailRecordPage } from '#providers/telnyx/fetch-detail-records'
import { upsertCalls } from '../../call-index/write-calls'
import type { SyncRun } from '../types'

export type BackfillCursor = {
  /** Records that started before this instant are still to read (the current window's upper bound). */
  before: string
  /** The next page of the current one-day window. */
  page: number
  /** Where the backfill stops: `backfillDays` before its first run. */
  oldest: string
  done: boolean
}

type BackfillResult =
  | { ok: true; cursor: BackfillCursor; historySince: string; more: boolean }
  | { ok: false; error: SourceError }

const DAY_MS = 86_400_000
const PAGES_PER_RUN = 20

/**
 * The history call_events cannot list (older than 24 hours), from Detail Record Search
 * (`GET /v2/detail_records?filter[record_type]=call-control`), one day at a time from the window's
 * edge backwards, newest first, a few pages per run. A session whose events the index already holds as
 * a finished call keeps that richer record; any other session gets its call from its detail records.
 */
export async function runTelnyxBackfill(
  run: SyncRun,
  stored: BackfillCursor | null,
  windowStart: string,
  days: number,
  /** Saves the backfill's position inside the source's cursor, after each page. */
  save: (cursor: BackfillCursor) => Promise<void>,
): Promise<BackfillResult> {
  let cursor: BackfillCursor = stored ?? {
    before: windowStart,
    page: 1,
    oldest: new Date(Date.parse(windowStart) - days * DAY_MS).toISOString(),
    done: false,
  }
  for (let i = 0; i < PAGES_PER_RUN && !cursor.done; i += 1) {
    const after = new Date(
      Math.max(Date.parse(cursor.before) - DAY_MS, Date.parse(cursor.oldest)),
    ).toISOString()
    const page = await fetchDetailRecordPage(
      run.ctx,
      { startedGte: after, startedLt: cursor.before },
      cursor.page,
      run.signal,
    )
    run.problems(page.issues)
    if (!page.ok) return { ok: false, error: page.error }
    const sessions = groupDetailRecordsBySession(page.records)
    const finished = await finishedFromEvents(run, [...sessions.keys()])
    const calls: Call[] = []
    for (const [session, records] of sessions) {
      if (finished.has(session)) continue
      const call = detailRecordsToCall(records)
      if (call !== null) calls.push(call)
    }
    const written = await upsertCalls(run.db, calls, run.ctx.now().toISOString())
    run.changed(written.changed)
    run.progress(
      `history before ${cursor.before.slice(0, 10)}: page ${cursor.page} of ${page.meta.total_pages}`,
    )
    if (cursor.page < page.meta.total_pages && page.records.length > 0)
      cursor = { ...cursor, page: cursor.page + 1 }
    else if (after <= cursor.oldest) cursor = { ...cursor, before: after, page: 1, done: true }
    else cursor = { ...cursor, before: after, page: 1 }
    await save(cursor)
  }
  return { ok: true, cursor, historySince: cursor.before, more: !cursor.done }
}

/** Sessions whose call the index already built, finished, from events (call_events or webhooks). */
async function finishedFromEvents(run: SyncRun, sessions: readonly string[]): Promise<Set<string>> {
  if (sessions.length === 0) return new Set()
  const rows = await run.db
    .selectFrom('calls')
    .innerJoin('telnyx_events', 'telnyx_events.session_id', 'calls.id')
    .select('calls.id')
    .distinct()
    .where('calls.source', '=', 'telnyx')
    .where('calls.terminal', '=', 1)
    .where('calls.id', 'in', [...sessions])
    .execute()
  return new Set(rows.map((row) => row.id))
}

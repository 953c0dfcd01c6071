import { sql } from 'kysely'
import type { Call } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import { parseRecords, type Parsed } from '#providers/adapter-kit/parse-records'
import { flagEvents, readTelnyxEvent } from '#providers/telnyx/events'
import { telnyxEventsToCall } from '#providers/telnyx/to-call'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { TelnyxCallEventWireSchema, type TelnyxCallEventWire } from '#providers/telnyx/wire-schema'
import { storeOf, type IndexDb } from './db'
import { upsertCalls } from './write-calls'

/**
 * Telnyx has no call record: a call is its session's events (call_events pages and webhooks alike).
 * The index keeps each event once, keyed like the adapters de-duplicate them (the webhook id when
 * there is one), and rebuilds a session's call from all its stored events whenever a new one arrives,
 * with the same mapper as the call page. So a webhook and the same event read from call_events, or a
 * redelivered webhook, change nothing the second time.
 */

/** A webhook delivery as the call_events record Telnyx lists for it (`metadata` holds the webhook). */
export function webhookAsCallEvent(webhook: TelnyxWebhookWire, raw: unknown): unknown {
  return {
    record_type: 'call_event',
    call_leg_id: webhook.data.payload.call_leg_id ?? '',
    call_session_id: webhook.data.payload.call_session_id ?? '',
    event_timestamp: webhook.data.occurred_at,
    name: webhook.data.event_type,
    type: 'webhook',
    metadata: raw,
  }
}

export type Ingested = { changed: Call[]; duplicates: number; issues: DataIssue[] }

/** Stores new events and rebuilds the calls of the sessions they belong to. */
export async function ingestTelnyxEvents(
  db: IndexDb,
  records: readonly Parsed<TelnyxCallEventWire>[],
  seenAt: string,
): Promise<Ingested> {
  const issues: DataIssue[] = []
  const rows = records
    .filter((record) => record.value.call_session_id !== '')
    .map((record, index) => {
      const { event, issues: found } = readTelnyxEvent(record, index, `data.${index}`)
      issues.push(...found)
      return {
        event_key: event.key,
        session_id: record.value.call_session_id,
        occurred_at: event.at,
        raw_json: JSON.stringify(record.raw),
      }
    })
  const sessions = [...new Set(rows.map((row) => row.session_id))]
  return db.transaction().execute(async (trx) => {
    await lockSessions(trx, sessions)
    const touched = new Set<string>()
    let inserted = 0
    for (let offset = 0; offset < rows.length; offset += 200) {
      const added = await trx
        .insertInto('telnyx_events')
        .values(rows.slice(offset, offset + 200))
        .onConflict((oc) => oc.column('event_key').doNothing())
        .returning('session_id')
        .execute()
      inserted += added.length
      for (const row of added) touched.add(row.session_id)
    }
    const calls: Call[] = []
    for (const session of touched) {
      const call = await buildSessionCall(trx, session, issues)
      if (call !== null) calls.push(call)
    }
    const written = await upsertCalls(trx, calls, seenAt)
    return { changed: written.changed, duplicates: rows.length - inserted, issues }
  })
}

/**
 * Serializes the ingests that touch these sessions until `trx` ends. Storing a session's new events and
 * writing the call rebuilt from all of them is one step: two instances (or two requests) each adding an
 * event of one session could otherwise each rebuild before seeing the other's event, and the later write
 * would drop an event until the next sync. On PostgreSQL a transaction-scoped advisory lock per session
 * (taken in one statement, in hash order, so two pages sharing sessions cannot deadlock); on SQLite the
 * write transaction itself is the lock (one writer at a time, and Kysely runs one transaction per
 * connection at a time). A whole sync page is one transaction, as its events were one insert before:
 * a scale-3 simulator's Telnyx sync (1,844 events, in-memory SQLite) took 1.7-2.7 s against 2.1-3.0 s
 * before (three runs each on a shared 2-core machine); on disk it also saves a commit per page.
 */
async function lockSessions(trx: IndexDb, sessions: readonly string[]): Promise<void> {
  if (sessions.length === 0 || storeOf(trx) !== 'postgres') return
  const keys = sessions.map((session) => `telnyx-session:${session}`)
  await sql`select pg_advisory_xact_lock(h) from (
      select distinct hashtext(k) as h from unnest(${keys}::text[]) as k order by h
    ) as locks`.execute(trx)
}

/** A session's call from every event the index holds for it, in time order. */
export async function buildSessionCall(db: IndexDb, sessionId: string, issues: DataIssue[] = []) {
  const stored = await db
    .selectFrom('telnyx_events')
    .select('raw_json')
    .where('session_id', '=', sessionId)
    .orderBy('occurred_at')
    .orderBy('event_key')
    .execute()
  const parsed = parseRecords(
    'telnyx',
    TelnyxCallEventWireSchema,
    stored.map((row) => JSON.parse(row.raw_json) as unknown),
    'data',
    'call_session_id',
  )
  issues.push(...parsed.issues)
  const events = parsed.records.map((record, order) => readTelnyxEvent(record, order, `data.${order}`).event)
  return telnyxEventsToCall(flagEvents(events))
}

/** One webhook delivery: applied once; a redelivery (same event id) reports itself as a duplicate. */
export async function ingestTelnyxWebhook(
  db: IndexDb,
  webhook: TelnyxWebhookWire,
  raw: unknown,
  seenAt: string,
): Promise<{ duplicate: boolean; changed: Call[] }> {
  const record = webhookAsCallEvent(webhook, raw)
  const parsed = TelnyxCallEventWireSchema.safeParse(record)
  // The receiver checked the webhook schema; a webhook without a session cannot belong to a call.
  if (!parsed.success) return { duplicate: false, changed: [] }
  const result = await ingestTelnyxEvents(db, [{ value: parsed.data, raw: record }], seenAt)
  return { duplicate: result.duplicates > 0, changed: result.changed }
}

import type { Call } from '../../src/domain/call'
import type { DataIssue } from '../../src/domain/data-issue'
import { parseRecords, type Parsed } from '../../src/providers/adapter-kit/parse-records'
import { flagEvents, readTelnyxEvent } from '../../src/providers/telnyx/events'
import { telnyxEventsToCall } from '../../src/providers/telnyx/to-call'
import type { TelnyxWebhookWire } from '../../src/providers/telnyx/webhook-schema'
import { TelnyxCallEventWireSchema, type TelnyxCallEventWire } from '../../src/providers/telnyx/wire-schema'
import type { IndexDb } from './db'
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
  const touched = new Set<string>()
  let inserted = 0
  for (let offset = 0; offset < rows.length; offset += 200) {
    const added = await db
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
    const call = await buildSessionCall(db, session, issues)
    if (call !== null) calls.push(call)
  }
  const written = await upsertCalls(db, calls, seenAt)
  return { changed: written.changed, duplicates: rows.length - inserted, issues }
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

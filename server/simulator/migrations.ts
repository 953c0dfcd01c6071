import type Database from 'better-sqlite3'

/**
 * Schema migrations, applied in order and recorded in `schema_migrations`. Never edit a released
 * migration: add a new one. Every filter and sort an endpoint offers has an index here; the Telnyx
 * `call_events` filters that have none (type, failed, product, connection) are always combined with
 * the 24-hour window or a leg/session id, which are indexed.
 */
type Migration = { version: number; name: string; sql: string }

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'world and providers',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

      CREATE TABLE numbers (id INTEGER PRIMARY KEY, e164 TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
        uuid TEXT NOT NULL, label TEXT);
      CREATE TABLE agents (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, first_name TEXT NOT NULL,
        last_name TEXT NOT NULL, email TEXT NOT NULL, number_id INTEGER NOT NULL, membership_uuid TEXT NOT NULL);
      CREATE TABLE leads (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, first_name TEXT, last_name TEXT,
        email TEXT, number_id INTEGER NOT NULL, agent_id INTEGER, created_us INTEGER NOT NULL,
        conversation_uuid TEXT NOT NULL, profile TEXT NOT NULL, hostile INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX leads_number ON leads(number_id);

      CREATE TABLE tx_sessions (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, conn INTEGER NOT NULL,
        start_us INTEGER NOT NULL, scenario INTEGER NOT NULL);
      CREATE TABLE tx_legs (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, session_id INTEGER NOT NULL,
        conn INTEGER NOT NULL, direction INTEGER NOT NULL, from_id INTEGER NOT NULL, to_id INTEGER NOT NULL,
        start_us INTEGER NOT NULL, answer_us INTEGER, end_us INTEGER NOT NULL, hangup_cause INTEGER NOT NULL,
        hangup_source INTEGER NOT NULL, sip_code INTEGER NOT NULL, amd INTEGER NOT NULL, caller_name TEXT,
        lead_id INTEGER, agent_id INTEGER);
      CREATE INDEX tx_legs_session ON tx_legs(session_id);
      CREATE TABLE tx_events (id INTEGER PRIMARY KEY, occurred_us INTEGER NOT NULL, leg_id INTEGER NOT NULL,
        name INTEGER NOT NULL, type INTEGER NOT NULL, failed INTEGER NOT NULL, attempt INTEGER NOT NULL,
        conn INTEGER NOT NULL, from_id INTEGER NOT NULL, to_id INTEGER NOT NULL);
      CREATE TABLE tx_recordings (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, leg_id INTEGER NOT NULL,
        session_id INTEGER NOT NULL, conn INTEGER NOT NULL, from_id INTEGER NOT NULL, to_id INTEGER NOT NULL,
        created_us INTEGER NOT NULL, started_us INTEGER NOT NULL, ended_us INTEGER NOT NULL,
        channels INTEGER NOT NULL, media INTEGER NOT NULL, initiated_by INTEGER NOT NULL);

      CREATE TABLE lp_calls (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, lead_id INTEGER,
        agent_id INTEGER, direction TEXT NOT NULL, status TEXT NOT NULL, status_reason TEXT,
        provider_status TEXT, from_number TEXT NOT NULL, to_number TEXT NOT NULL, from_phone_uuid TEXT,
        billing_phone_uuid TEXT, caller_id TEXT, conversation_uuid TEXT, telnyx_id TEXT,
        created_us INTEGER NOT NULL, answered_us INTEGER, ended_us INTEGER, duration_s INTEGER,
        billable_seconds INTEGER, billable_amount REAL, billing_status TEXT, recording INTEGER NOT NULL,
        metadata TEXT NOT NULL);
      CREATE INDEX lp_calls_created ON lp_calls(created_us);
      CREATE INDEX lp_calls_lead ON lp_calls(lead_id, created_us);
      CREATE INDEX lp_calls_from ON lp_calls(from_number);
      CREATE INDEX lp_calls_to ON lp_calls(to_number);
      CREATE INDEX lp_calls_status ON lp_calls(status);

      CREATE TABLE lp_events (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, lead_id INTEGER NOT NULL,
        kind TEXT NOT NULL, event_type TEXT NOT NULL, category TEXT, status TEXT, status_reason TEXT,
        direction TEXT, conversation_uuid TEXT, from_number TEXT, to_number TEXT, from_phone_uuid TEXT,
        summary TEXT, description TEXT NOT NULL, traffic TEXT, selection TEXT, overridden INTEGER NOT NULL,
        campaign_uuid TEXT, source_uuid TEXT, compliance TEXT, billing_status TEXT, billable_amount REAL,
        error_code TEXT, retry_count INTEGER NOT NULL, created_us INTEGER NOT NULL, queued_us INTEGER,
        sending_us INTEGER, sent_us INTEGER, delivered_us INTEGER, received_us INTEGER, failed_us INTEGER,
        undeliverable_us INTEGER, blocked_us INTEGER, next_retry_us INTEGER, scheduled_us INTEGER,
        scheduled_reason TEXT, canceled_us INTEGER, cancel_reason TEXT, call_id INTEGER, agent_id INTEGER,
        provider_message_id TEXT, telnyx_id TEXT, media_count INTEGER NOT NULL);
      CREATE INDEX lp_events_lead ON lp_events(lead_id, created_us);
      CREATE INDEX lp_events_created ON lp_events(created_us);

      CREATE TABLE sk_calls (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, call_type TEXT NOT NULL,
        status TEXT NOT NULL, direction TEXT NOT NULL, lead_id INTEGER, agent_id INTEGER NOT NULL,
        contact_unknown INTEGER NOT NULL, contact_number TEXT NOT NULL, caller_number TEXT NOT NULL,
        managed_number_uuid TEXT NOT NULL, created_us INTEGER NOT NULL, started_us INTEGER,
        answered_us INTEGER, ended_us INTEGER, transferred INTEGER NOT NULL, sequence_uuid TEXT,
        sequence_run_uuid TEXT, synced_us INTEGER, deleted_us INTEGER, notes TEXT, conference INTEGER NOT NULL);
      CREATE INDEX sk_calls_created ON sk_calls(created_us);

      CREATE TABLE cb_calls (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, agent_uuid TEXT NOT NULL,
        lead_id INTEGER, to_number TEXT NOT NULL, from_number TEXT NOT NULL, direction TEXT NOT NULL,
        status TEXT NOT NULL, scenario INTEGER NOT NULL, prompt TEXT NOT NULL, context TEXT NOT NULL,
        returns TEXT NOT NULL, result TEXT NOT NULL, result_status TEXT NOT NULL, result_error TEXT,
        language TEXT NOT NULL, webhook_url TEXT, webhook_status TEXT NOT NULL, webhook_error TEXT,
        created_us INTEGER NOT NULL, started_us INTEGER, answered_us INTEGER, ended_us INTEGER,
        billed_seconds INTEGER, billing_milli_cents INTEGER, error_code TEXT, error_message TEXT,
        hangup_cause TEXT, answered_by TEXT, metadata TEXT NOT NULL);
      CREATE INDEX cb_calls_created ON cb_calls(created_us);
    `,
  },
]

/** Indexes on the big Telnyx tables, dropped during a bulk seed and rebuilt after (much faster). */
export const TELNYX_BULK_INDEXES = [
  'CREATE INDEX IF NOT EXISTS tx_events_occurred ON tx_events(occurred_us)',
  'CREATE INDEX IF NOT EXISTS tx_events_leg ON tx_events(leg_id, occurred_us)',
  'CREATE INDEX IF NOT EXISTS tx_events_name ON tx_events(name, occurred_us)',
  'CREATE INDEX IF NOT EXISTS tx_events_from ON tx_events(from_id, occurred_us)',
  'CREATE INDEX IF NOT EXISTS tx_events_to ON tx_events(to_id, occurred_us)',
  'CREATE INDEX IF NOT EXISTS tx_recordings_session ON tx_recordings(session_id)',
  'CREATE INDEX IF NOT EXISTS tx_recordings_leg ON tx_recordings(leg_id)',
  'CREATE INDEX IF NOT EXISTS tx_recordings_created ON tx_recordings(created_us)',
  // detail_records: the started_at window and order, with end_us so finished legs count from the index.
  'CREATE INDEX IF NOT EXISTS tx_legs_start ON tx_legs(start_us, end_us)',
]

export function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
    applied_at TEXT NOT NULL)`)
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .all()
      .map((row) => (row as { version: number }).version),
  )
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      )
    })()
  }
  for (const sql of TELNYX_BULK_INDEXES) db.exec(sql)
}

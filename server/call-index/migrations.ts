import { sql, type Kysely } from 'kysely'
import type { Migration, MigrationProvider } from 'kysely'

/**
 * The index's one migration set, written with Kysely's schema builder so that it runs unchanged on
 * SQLite and PostgreSQL. Migrations are append-only: a change is a new entry, never an edit.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-calls': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('calls')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('terminal', 'integer', (c) => c.notNull())
        .addColumn('duration_sec', 'double precision')
        .addColumn('from_rdigits', 'text')
        .addColumn('to_rdigits', 'text')
        .addColumn('lead_id', 'text')
        .addColumn('names', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addColumn('vanished_at', 'text')
        .addPrimaryKeyConstraint('calls_pk', ['source', 'id'])
        .execute()
      await db.schema
        .createTable('call_bodies')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('call_json', 'text', (c) => c.notNull())
        .addColumn('raw_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('call_bodies_pk', ['source', 'id'])
        .execute()
      // The list's order (newest first, ties by key) and the filters that narrow it most.
      await db.schema.createIndex('calls_time').on('calls').columns(['occurred_at', 'source', 'id']).execute()
      await db.schema
        .createIndex('calls_source_time')
        .on('calls')
        .columns(['source', 'occurred_at', 'id'])
        .execute()
      await db.schema
        .createIndex('calls_direction_time')
        .on('calls')
        .columns(['direction', 'occurred_at'])
        .execute()
      await db.schema
        .createIndex('calls_status_time')
        .on('calls')
        .columns(['status', 'occurred_at'])
        .execute()
      await db.schema.createIndex('calls_from').on('calls').column('from_rdigits').execute()
      await db.schema.createIndex('calls_to').on('calls').column('to_rdigits').execute()
      await db.schema.createIndex('calls_open').on('calls').columns(['source', 'terminal']).execute()
      await db.schema
        .createIndex('calls_duration')
        .on('calls')
        .columns(['duration_sec', 'occurred_at'])
        .execute()

      await db.schema
        .createTable('call_ids')
        .addColumn('id_lower', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('call_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('call_ids_pk', ['id_lower', 'source', 'call_id'])
        .execute()
      await db.schema.createIndex('call_ids_call').on('call_ids').columns(['source', 'call_id']).execute()

      await db.schema
        .createTable('sync_state')
        .addColumn('source', 'text', (c) => c.primaryKey())
        .addColumn('cursor', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('telnyx_events')
        .addColumn('event_key', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('raw_json', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('telnyx_events_session')
        .on('telnyx_events')
        .columns(['session_id', 'occurred_at'])
        .execute()
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['telnyx_events', 'sync_state', 'call_ids', 'call_bodies', 'calls'])
        await sql`drop table if exists ${sql.table(table)}`.execute(db)
    },
  },
  '0004-sign-in-failures': {
    // Failed sign-ins per client address, shared by every instance so that a guesser spreading tries
    // over instances behind a balancer meets the same limit (server/auth/attempt-limiter.ts).
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('reset_at', 'text', (c) => c.notNull())
        .execute()
      // Expired windows are deleted by range.
      await db.schema
        .createIndex('sign_in_failures_reset')
        .on('sign_in_failures')
        .column('reset_at')
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('sign_in_failures').ifExists().execute()
    },
  },
}

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
}

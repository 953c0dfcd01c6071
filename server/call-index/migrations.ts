import { PostgresAdapter, sql, type Kysely } from 'kysely'
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
  '0002-bytewise-text-order': {
    up: (db) => setTextCollation(db, 'C'),
    down: (db) => setTextCollation(db, 'default'),
  },
  // Which instance syncs each source (several instances on one PostgreSQL, issue 16): a lease row with
  // an expiry rather than an advisory lock, so that it works alike on SQLite and also expires when its
  // holder hangs (a session lock lasts as long as the hung process's connection). Expiry is epoch
  // milliseconds: integers compare the same on both stores (db.ts reads PostgreSQL's bigint as a number).
  '0003-sync-leases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sync_leases')
        .addColumn('source', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists sync_leases`.execute(db)
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

/**
 * The text columns that are ordered, compared as ranges or used as keys. SQLite compares text bytewise;
 * a PostgreSQL database usually orders text by a language (en_US.UTF-8, ICU), where ':' sorts before
 * the digits and case is folded first: the list's tie-breaks then differed from SQLite's, and the
 * phone-suffix range [digits, digits + ':') in query-calls.ts matched nothing (pg-collation.test.ts).
 */
const ORDERED_TEXT_COLUMNS: Record<string, readonly string[]> = {
  calls: [
    'source',
    'id',
    'occurred_at',
    'direction',
    'status',
    'from_rdigits',
    'to_rdigits',
    'names',
    'seen_at',
  ],
  call_bodies: ['source', 'id'],
  call_ids: ['id_lower', 'source', 'call_id'],
  sync_state: ['source'],
  telnyx_events: ['event_key', 'session_id', 'occurred_at'],
}

async function setTextCollation(db: Kysely<unknown>, collation: 'C' | 'default') {
  // SQLite's text is bytewise already (its BINARY collation), which is what "C" is on PostgreSQL.
  // (storeOf in db.ts says the same; db.ts imports this file.)
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return
  for (const [table, columns] of Object.entries(ORDERED_TEXT_COLUMNS)) {
    // One ALTER TABLE per table, so its indexes are rebuilt once.
    const changes = columns.map(
      (column) => sql`alter column ${sql.ref(column)} type text collate ${sql.id(collation)}`,
    )
    await sql`alter table ${sql.table(table)} ${sql.join(changes)}`.execute(db)
  }
}

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
}

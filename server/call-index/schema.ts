/**
 * The call index's tables, as Kysely sees them. One schema for SQLite (the embedded default) and
 * PostgreSQL (several instances): only portable column types (text, integer, double), ISO 8601 text
 * for instants so that ordering is the same on both, and JSON kept as text.
 */
export type IndexDatabase = {
  calls: CallsTable
  call_bodies: CallBodiesTable
  call_ids: CallIdsTable
  sync_state: SyncStateTable
  sync_leases: SyncLeasesTable
  telnyx_events: TelnyxEventsTable
  sign_in_failures: SignInFailuresTable
}

export type CallsTable = {
  source: string
  id: string
  /** ISO UTC with milliseconds: the list's sort key. */
  occurred_at: string
  direction: string
  status: string
  /** 1 when nothing more will happen to the call; 0 while the sync must read it again. */
  terminal: number
  /** What the duration sort orders by (total, else ring + talk); null when unknown. */
  duration_sec: number | null
  /** Digits of from/to reversed, so "ends with these digits" is an indexable prefix search. */
  from_rdigits: string | null
  to_rdigits: string | null
  lead_id: string | null
  /** Lower-cased lead, contact and agent names joined by " | ", for name search. */
  names: string
  /** What the provider says changed the record (CallingBox updated_at), or a digest of it. */
  version: string
  /** When the sync last saw the record at the provider (ISO). */
  seen_at: string
  /** Set when the provider no longer lists the record: kept for the record, hidden from lists. */
  vanished_at: string | null
}

/**
 * The stored call itself, beside its row: kept out of `calls` so that a filter the indexes cannot serve
 * scans 200-byte rows, not 3.6 kB ones (a name search over SIM_SCALE=47's 155,000 calls read 560 MB).
 */
export type CallBodiesTable = {
  source: string
  id: string
  /** The common Call model without its raw payload, as JSON. */
  call_json: string
  /** The provider record(s) exactly as received, as JSON. */
  raw_json: string
}

/** Every id a person may search for (call, leg, session, provider ids), lower-cased. */
export type CallIdsTable = {
  id_lower: string
  source: string
  call_id: string
}

/** One row per source: its cursor and how its last runs went. */
export type SyncStateTable = {
  source: string
  /** The source's own resume point, as JSON (a time, a page, a token). */
  cursor: string | null
  /** SourceSync bookkeeping as JSON (last success, last error, history since, problems). */
  status: string
}

/** Which server instance syncs a source, until when (server/sync/lease.ts). */
export type SyncLeasesTable = {
  source: string
  /** The holding instance's id (hostname, pid and a random part). */
  holder: string
  /** Epoch milliseconds on the holder's wall clock; past it, another instance may take the lease. */
  expires_at: number
}

/** Telnyx calls are built from events: each event once (webhook id or its own fields as key). */
export type TelnyxEventsTable = {
  event_key: string
  session_id: string
  occurred_at: string
  raw_json: string
}

/** Failed sign-ins of one client address in its current window (server/auth/attempt-limiter.ts). */
export type SignInFailuresTable = {
  key: string
  count: number
  /** When the window ends (ISO): the count no longer applies from then on. */
  reset_at: string
}

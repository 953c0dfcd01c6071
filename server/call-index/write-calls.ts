import type { Call, Source } from '#domain/call'
import type { IndexDb } from './db'
import { searchIds, toRow } from './call-row'

export type Upserted = {
  /** Calls new to the index or changed since it last held them (what the live stream announces). */
  changed: Call[]
  unchanged: number
}

/** Rows per statement (SQLite compiles one statement per shape). */
const CHUNK = 200
/** Calls per transaction. */
const TRANSACTION = 1000

/**
 * Writes calls, a transaction per chunk: new ones inserted, changed ones replaced (and their search ids),
 * unchanged ones only marked as seen. A call that had vanished and is listed again comes back.
 * `versions` overrides the change marker per call id (CallingBox's updated_at); by default the raw
 * record's digest is compared, so any change the provider makes is picked up.
 */
export async function upsertCalls(
  db: IndexDb,
  calls: readonly Call[],
  seenAt: string,
  versions?: ReadonlyMap<string, string>,
): Promise<Upserted> {
  const result: Upserted = { changed: [], unchanged: 0 }
  if (calls.length === 0) return result
  // Inside a caller's transaction (a webhook's session rebuild, see telnyx-events.ts) everything is
  // written there: a Kysely Transaction cannot open another, and the caller's atomicity is the point.
  if (db.isTransaction) {
    await writeCalls(db, calls, seenAt, versions, result)
    return result
  }
  for (let start = 0; start < calls.length; start += TRANSACTION) {
    // A transaction per TRANSACTION calls, with a turn of the event loop between: a 9,000-call
    // CallingBox list in one transaction held the only connection (and every API request) for seconds,
    // while a transaction per 200 calls rewrote the same index pages so often that commits took 24 of
    // the 59 s a SIM_SCALE=47 Telnyx sync spent.
    if (start > 0) await new Promise((resolve) => setImmediate(resolve))
    const slice = calls.slice(start, start + TRANSACTION)
    await db.transaction().execute((trx) => writeCalls(trx, slice, seenAt, versions, result))
  }
  return result
}

/** Writes `calls` with `trx` (a transaction), a statement per CHUNK rows, adding to `result`. */
async function writeCalls(
  trx: IndexDb,
  calls: readonly Call[],
  seenAt: string,
  versions: ReadonlyMap<string, string> | undefined,
  result: Upserted,
): Promise<void> {
  const { changed } = result
  for (let offset = 0; offset < calls.length; offset += CHUNK) {
    const chunk = calls.slice(offset, offset + CHUNK)
    const rows = chunk.map((call) => toRow(call, seenAt, versions?.get(call.id)))
    const bySource = new Map<string, string[]>()
    for (const row of rows) bySource.set(row.source, [...(bySource.get(row.source) ?? []), row.id])
    const existing = new Map<string, { version: string; vanished: boolean }>()
    for (const [source, ids] of bySource) {
      const found = await trx
        .selectFrom('calls')
        .select(['id', 'version', 'vanished_at'])
        .where('source', '=', source)
        .where('id', 'in', ids)
        .execute()
      for (const row of found)
        existing.set(`${source}:${row.id}`, { version: row.version, vanished: row.vanished_at !== null })
    }
    const fresh = rows.filter((row) => {
      const before = existing.get(`${row.source}:${row.id}`)
      return before === undefined || before.version !== row.version || before.vanished
    })
    const seenOnly = rows.filter((row) => !fresh.includes(row))
    result.unchanged += seenOnly.length
    for (const [source, ids] of groupIds(seenOnly))
      await trx
        .updateTable('calls')
        .set({ seen_at: seenAt })
        .where('source', '=', source)
        .where('id', 'in', ids)
        .execute()
    if (fresh.length === 0) continue
    await trx
      .insertInto('calls')
      .values(fresh.map(({ call_json: _call, raw_json: _raw, ...row }) => row))
      .onConflict((oc) =>
        oc.columns(['source', 'id']).doUpdateSet((eb) => ({
          occurred_at: eb.ref('excluded.occurred_at'),
          direction: eb.ref('excluded.direction'),
          status: eb.ref('excluded.status'),
          terminal: eb.ref('excluded.terminal'),
          duration_sec: eb.ref('excluded.duration_sec'),
          from_rdigits: eb.ref('excluded.from_rdigits'),
          to_rdigits: eb.ref('excluded.to_rdigits'),
          lead_id: eb.ref('excluded.lead_id'),
          names: eb.ref('excluded.names'),
          version: eb.ref('excluded.version'),
          seen_at: eb.ref('excluded.seen_at'),
          vanished_at: null,
        })),
      )
      .execute()
    await trx
      .insertInto('call_bodies')
      .values(fresh.map(({ source, id, call_json, raw_json }) => ({ source, id, call_json, raw_json })))
      .onConflict((oc) =>
        oc.columns(['source', 'id']).doUpdateSet((eb) => ({
          call_json: eb.ref('excluded.call_json'),
          raw_json: eb.ref('excluded.raw_json'),
        })),
      )
      .execute()
    for (const [source, ids] of groupIds(fresh))
      await trx.deleteFrom('call_ids').where('source', '=', source).where('call_id', 'in', ids).execute()
    const idRows = fresh.flatMap((row) => {
      const call = chunk.find((c) => c.source === row.source && c.id === row.id)
      return call === undefined
        ? []
        : searchIds(call).map((id) => ({ id_lower: id, source: row.source, call_id: row.id }))
    })
    if (idRows.length > 0)
      await trx
        .insertInto('call_ids')
        .values(idRows)
        .onConflict((oc) => oc.doNothing())
        .execute()
    for (const row of fresh) {
      const call = chunk.find((c) => c.source === row.source && c.id === row.id)
      if (call !== undefined) changed.push(call)
    }
  }
}

function groupIds(rows: readonly { source: string; id: string }[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const row of rows) groups.set(row.source, [...(groups.get(row.source) ?? []), row.id])
  return groups
}

/**
 * Marks calls the provider no longer lists. They stay in the index (the record of what was seen) but
 * leave every list, count and export; a later listing brings them back.
 */
export async function markVanished(
  db: IndexDb,
  source: Source,
  ids: readonly string[],
  at: string,
): Promise<number> {
  let count = 0
  for (let offset = 0; offset < ids.length; offset += CHUNK) {
    const result = await db
      .updateTable('calls')
      .set({ vanished_at: at })
      .where('source', '=', source)
      .where('id', 'in', ids.slice(offset, offset + CHUNK))
      .where('vanished_at', 'is', null)
      .executeTakeFirst()
    count += Number(result.numUpdatedRows)
  }
  return count
}

/** Ids of a source's calls that are not final yet: the sync reads them again until they are. */
export async function openCallIds(db: IndexDb, source: Source, limit = 500): Promise<string[]> {
  const rows = await db
    .selectFrom('calls')
    .select('id')
    .where('source', '=', source)
    .where('terminal', '=', 0)
    .where('vanished_at', 'is', null)
    .orderBy('occurred_at', 'desc')
    // Ties broken by id, so both stores pick the same calls when the limit falls among equal times.
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((row) => row.id)
}

/** The change markers of a source's listed calls, by id (CallingBox's diff, vanish detection). */
export async function knownVersions(db: IndexDb, source: Source): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('calls')
    .select(['id', 'version'])
    .where('source', '=', source)
    .where('vanished_at', 'is', null)
    .execute()
  return new Map(rows.map((row) => [row.id, row.version]))
}

/** Which of these ids the index holds as final: a newest-first walk stops once it reaches those. */
export async function finalIds(db: IndexDb, source: Source, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('calls')
    .select('id')
    .where('source', '=', source)
    .where('id', 'in', [...ids])
    .where('terminal', '=', 1)
    .execute()
  return new Set(rows.map((row) => row.id))
}

export async function countSource(db: IndexDb, source: Source): Promise<number> {
  const row = await db
    .selectFrom('calls')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source', '=', source)
    .where('vanished_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

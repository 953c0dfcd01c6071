import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely'
import type { Call } from '#domain/call'
import { queryBounds, type CallsQuery } from '#domain/index-api'
import { parseSearchQuery } from '#domain/search-query'
import { phoneSuffixKey } from '#domain/phone'
import type { IndexDb } from './db'
import { DURATION_UNKNOWN_ASC, DURATION_UNKNOWN_DESC, decodeCursor, encodeCursor } from './keyset'
import type { IndexDatabase } from './schema'

type Eb = ExpressionBuilder<IndexDatabase, 'calls'>

/** Counting stops here: past it the total is "more than N", which costs no more than a page. */
export const COUNT_CAP = 10_000

export class BadCursorError extends Error {
  override readonly name = 'BadCursorError'
}

/** Escapes LIKE wildcards so a searched "%" or "_" means itself. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** "Starts with" on reversed digits: an index range read on both SQLite and PostgreSQL. */
function reversedPrefix(eb: Eb, column: 'from_rdigits' | 'to_rdigits', prefix: string) {
  // ':' sorts right after '9', so [prefix, prefix + ':') holds exactly the strings starting with prefix.
  return eb.and([eb(column, '>=', prefix), eb(column, '<', `${prefix}:`)])
}

/** The search box: a phone number in any format, an id of any kind, or a lead/contact/agent name. */
function searchCondition(eb: Eb, q: string): Expression<SqlBool> | null {
  const search = parseSearchQuery(q)
  if (search.kind === 'none') return null
  const idLower = search.id.toLowerCase()
  // Not correlated: the matching ids are read once by their primary key, then each row is a membership
  // test (a correlated EXISTS cost one lookup per scanned row).
  const byId = sql<SqlBool>`(calls.source, calls.id) in (select source, call_id from call_ids where id_lower = ${idLower})`
  const byName = eb(
    'names',
    'like',
    sql<string>`${`%${likeLiteral(search.text.toLowerCase())}%`} escape '\\'`,
  )
  if (search.kind === 'id') return eb.or([byId, byName])
  const reversed = [...phoneSuffixKey(search.text)].reverse().join('')
  return eb.or([
    byId,
    reversedPrefix(eb, 'from_rdigits', reversed),
    reversedPrefix(eb, 'to_rdigits', reversed),
  ])
}

/** Every filter of the query but the cursor, as one condition (shared by the page, the count and the export). */
export function filterCondition(eb: Eb, query: CallsQuery, now: Date): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('vanished_at', 'is', null)]
  if (query.direction !== 'all') conditions.push(eb('direction', '=', query.direction))
  if (query.statuses.length > 0) conditions.push(eb('status', 'in', query.statuses))
  if (query.sources.length > 0) conditions.push(eb('source', 'in', query.sources))
  const { start, end } = queryBounds(query, now)
  if (start !== null) conditions.push(eb('occurred_at', '>=', start))
  if (end !== null) conditions.push(eb('occurred_at', '<', end))
  const search = searchCondition(eb, query.q)
  if (search !== null) conditions.push(search)
  return eb.and(conditions)
}

/**
 * The duration sorts' key, built so that both read in descending order with the time as tie-breaker:
 * ties stay newest first, and unknown durations come last whichever way the durations go
 * (`-duration`: the duration, unknown as -1; `duration`: minus the duration, unknown as minus a lot).
 */
function durationKey(query: CallsQuery) {
  return query.sort === 'duration'
    ? sql<number>`0 - coalesce(duration_sec, ${DURATION_UNKNOWN_ASC})`
    : sql<number>`coalesce(duration_sec, ${DURATION_UNKNOWN_DESC})`
}

export type CallsSlice = { calls: Call[]; nextCursor: string | null }
/** A page with each call still as the JSON text the index stores (the list answer splices it in). */
export type CallsJsonSlice = { callsJson: string[]; nextCursor: string | null }

/** One page of matching calls in the query's order, after its cursor. */
export async function selectCallsPage(db: IndexDb, query: CallsQuery, now: Date): Promise<CallsSlice> {
  const slice = await selectCallsJson(db, query, now)
  return { calls: slice.callsJson.map((json) => JSON.parse(json) as Call), nextCursor: slice.nextCursor }
}

/** The same page without parsing the stored JSON, for answers that only pass it on. */
export async function selectCallsJson(db: IndexDb, query: CallsQuery, now: Date): Promise<CallsJsonSlice> {
  // Only `time` reads oldest first; every other order is descending on its key (see durationKey).
  const desc = query.sort !== 'time'
  const direction = desc ? 'desc' : 'asc'
  const byDuration = query.sort.endsWith('duration')
  const cursor = query.cursor === null ? null : decodeCursor(query.cursor, query.sort)
  if (query.cursor !== null && cursor === null)
    throw new BadCursorError('cursor does not belong to this sort')
  let select = db
    .selectFrom('calls')
    .select(['occurred_at', 'source', 'id', durationKey(query).as('duration_key')])
    .where((eb) => filterCondition(eb, query, now))
  if (cursor !== null) {
    const op = desc ? '<' : '>'
    select = byDuration
      ? select.where((eb) =>
          eb(
            eb.tuple(durationKey(query), eb.ref('occurred_at'), eb.ref('source'), eb.ref('id')),
            op,
            eb.tuple(
              eb.val(cursor.duration ?? 0),
              eb.val(cursor.at),
              eb.val(cursor.source),
              eb.val(cursor.id),
            ),
          ),
        )
      : select.where((eb) =>
          eb(eb.refTuple('occurred_at', 'source', 'id'), op, eb.tuple(cursor.at, cursor.source, cursor.id)),
        )
  }
  if (byDuration) select = select.orderBy(durationKey(query), direction)
  const rows = await select
    .orderBy('occurred_at', direction)
    .orderBy('source', direction)
    .orderBy('id', direction)
    .limit(query.limit + 1)
    .execute()
  const more = rows.length > query.limit
  const page = more ? rows.slice(0, query.limit) : rows
  const last = page.at(-1)
  const nextCursor =
    more && last !== undefined
      ? encodeCursor({
          sort: query.sort,
          duration: byDuration ? Number(last.duration_key) : null,
          at: last.occurred_at,
          source: last.source,
          id: last.id,
        })
      : null
  return { callsJson: await bodiesOf(db, page), nextCursor }
}

/** The stored calls of a page's rows, in the rows' order: one primary-key read per source. */
async function bodiesOf(db: IndexDb, rows: readonly { source: string; id: string }[]): Promise<string[]> {
  const bySource = new Map<string, string[]>()
  for (const row of rows) bySource.set(row.source, [...(bySource.get(row.source) ?? []), row.id])
  const json = new Map<string, string>()
  for (const [source, ids] of bySource) {
    const found = await db
      .selectFrom('call_bodies')
      .select(['id', 'call_json'])
      .where('source', '=', source)
      .where('id', 'in', ids)
      .execute()
    for (const body of found) json.set(`${source}:${body.id}`, body.call_json)
  }
  return rows.flatMap((row) => {
    const body = json.get(`${row.source}:${row.id}`)
    return body === undefined ? [] : [body]
  })
}

/** How many calls match, exactly up to COUNT_CAP. */
export async function countCalls(
  db: IndexDb,
  query: CallsQuery,
  now: Date,
): Promise<{ count: number; exact: boolean }> {
  const row = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('calls')
        .select(sql<number>`1`.as('one'))
        .where((eb) => filterCondition(eb, query, now))
        .limit(COUNT_CAP + 1)
        .as('capped'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const count = Number(row.n)
  return count > COUNT_CAP ? { count: COUNT_CAP, exact: false } : { count, exact: true }
}

/** Every matching call in the query's order, a batch at a time (for the CSV export). */
export async function* iterateCalls(
  db: IndexDb,
  query: CallsQuery,
  now: Date,
  batch = 1000,
): AsyncGenerator<Call[]> {
  let cursor: string | null = null
  do {
    const slice: CallsSlice = await selectCallsPage(db, { ...query, cursor, limit: batch }, now)
    if (slice.calls.length > 0) yield slice.calls
    cursor = slice.nextCursor
  } while (cursor !== null)
}

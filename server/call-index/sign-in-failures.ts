import type { IndexDb } from './db'

/**
 * Failed sign-ins kept in the index database, so every instance counts against the same limit.
 * Instants are ISO text like the rest of the index, so they compare the same on SQLite and PostgreSQL.
 */

/**
 * Counts one failure of `key` and returns its count and window end. One upsert: two instances failing
 * the same address at once both count (a read-then-write would lose one). A window that has ended
 * starts again at 1.
 */
export async function recordFailure(
  db: IndexDb,
  key: string,
  now: number,
  windowMs: number,
): Promise<{ count: number; resetAt: number }> {
  const nowIso = new Date(now).toISOString()
  const row = await db
    .insertInto('sign_in_failures')
    .values({ key, count: 1, reset_at: new Date(now + windowMs).toISOString() })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const expired = eb('sign_in_failures.reset_at', '<=', nowIso)
        return {
          count: eb
            .case()
            .when(expired)
            .then(1)
            .else(eb('sign_in_failures.count', '+', 1))
            .end(),
          reset_at: eb
            .case()
            .when(expired)
            .then(eb.ref('excluded.reset_at'))
            .else(eb.ref('sign_in_failures.reset_at'))
            .end(),
        }
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow()
  // Rows of ended windows go here, by the reset_at index, so the table holds about one window's
  // addresses however long the server runs.
  await db.deleteFrom('sign_in_failures').where('reset_at', '<=', nowIso).execute()
  return { count: Number(row.count), resetAt: Date.parse(row.reset_at) }
}

/** The failures of `key` in its current window; null when there are none. */
export async function currentFailures(
  db: IndexDb,
  key: string,
  now: number,
): Promise<{ count: number; resetAt: number } | null> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select(['count', 'reset_at'])
    .where('key', '=', key)
    .where('reset_at', '>', new Date(now).toISOString())
    .executeTakeFirst()
  return row === undefined ? null : { count: Number(row.count), resetAt: Date.parse(row.reset_at) }
}

export async function clearFailures(db: IndexDb, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute()
}

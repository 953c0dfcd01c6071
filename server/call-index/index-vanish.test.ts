import { afterEach, describe, expect, it } from 'vitest'
import type { CallsPage } from '#domain/index-api'
import { startTestIndex, type TestIndex } from './test-index'

let x: TestIndex | null = null
afterEach(async () => {
  await x?.close()
  x = null
})

async function listed(x: TestIndex, source: string, id: string): Promise<boolean> {
  const { body } = await x.get<CallsPage>(`/api/calls?period=all&source=${source}&q=${id}`)
  return body.calls.some((call) => call.id === id)
}

describe('records the provider no longer has', () => {
  it('a CallingBox call missing from the full list leaves lists, and comes back if listed again', async () => {
    x = await startTestIndex()
    await x.syncAll()
    const db = x.t.sim.context.db
    const row = db.prepare('SELECT * FROM cb_calls ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>
    const id = String(row.uuid)
    expect(await listed(x, 'callingbox', id)).toBe(true)
    db.prepare('DELETE FROM cb_calls WHERE uuid = ?').run(id)
    await x.syncUntilDone('callingbox')
    expect(await listed(x, 'callingbox', id)).toBe(false)
    const kept = await x.index.db
      .selectFrom('calls')
      .select('vanished_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(kept.vanished_at).not.toBeNull()
    const columns = Object.keys(row)
    db.prepare(
      `INSERT INTO cb_calls (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(...columns.map((c) => row[c]))
    await x.syncUntilDone('callingbox')
    expect(await listed(x, 'callingbox', id)).toBe(true)
  })

  it('a Skipcall call gone from its list is found by the next full pass', async () => {
    x = await startTestIndex()
    await x.syncAll()
    const db = x.t.sim.context.db
    const row = db.prepare('SELECT uuid FROM sk_calls ORDER BY id LIMIT 1').get() as { uuid: string }
    expect(await listed(x, 'skipcall', row.uuid)).toBe(true)
    db.prepare('DELETE FROM sk_calls WHERE uuid = ?').run(row.uuid)
    // The hourly full pass: an hour and a minute later.
    x.t.clock.advanceMs(61 * 60_000)
    await x.syncUntilDone('skipcall')
    expect(await listed(x, 'skipcall', row.uuid)).toBe(false)
  })
})

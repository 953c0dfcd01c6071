import { afterEach, describe, expect, it } from 'vitest'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { ingestTelnyxWebhook } from './telnyx-events'
import { openTestDatabase, type TestDatabase } from './test-store'

let test: TestDatabase | null = null

/**
 * Two instances on PostgreSQL. On SQLite one instance serves every request: two handles in one thread
 * cannot both write (better-sqlite3 waits for the other's lock synchronously, blocking the thread that
 * would release it), so there the race is two concurrent requests on one handle, which it also was.
 */
async function twoInstances(database: TestDatabase) {
  return database.store === 'postgres' ? [database.db, await database.open()] : [database.db, database.db]
}
afterEach(async () => {
  await test?.close()
  test = null
})

const SESSION = 'session-concurrent-1'
const START = Date.parse('2026-11-20T15:00:00Z')

/** The n-th event of one call session, as Telnyx would deliver it (event ids differ). */
function webhook(n: number): TelnyxWebhookWire {
  const eventType = n === 0 ? 'call.initiated' : n === 1 ? 'call.answered' : `call.dtmf.received`
  return {
    data: {
      record_type: 'event',
      event_type: eventType,
      id: `event-${n}`,
      occurred_at: new Date(START + n * 1000).toISOString(),
      payload: {
        call_control_id: 'control-1',
        call_leg_id: 'leg-1',
        call_session_id: SESSION,
        from: '+15550100001',
        to: '+15550100002',
        direction: 'incoming',
      },
    },
  }
}

async function storedEvents(db: TestDatabase['db']): Promise<number> {
  const body = await db
    .selectFrom('call_bodies')
    .select('raw_json')
    .where('source', '=', 'telnyx')
    .where('id', '=', SESSION)
    .executeTakeFirstOrThrow()
  return (JSON.parse(body.raw_json) as unknown[]).length
}

describe('Telnyx events applied at any instance', () => {
  it('concurrent ingests of one session at two instances end with the call built from every event', async () => {
    test = await openTestDatabase()
    const handles = await twoInstances(test)
    const events = Array.from({ length: 24 }, (_, n) => webhook(n))
    // Without one transaction (and, on PostgreSQL, the session's lock) around insert + rebuild + write,
    // a rebuild that missed another request's event can be the last write, leaving fewer events here.
    const results = await Promise.all(
      events.map((event, n) =>
        ingestTelnyxWebhook(handles[n % 2]!, event, event, new Date(START).toISOString()),
      ),
    )
    expect(results.filter((result) => result.duplicate)).toHaveLength(0)
    expect(await storedEvents(test.db)).toBe(events.length)
    const rows = await test.db.selectFrom('telnyx_events').select('event_key').execute()
    expect(rows).toHaveLength(events.length)
  })

  it('a redelivered event is a duplicate exactly once, whichever instance receives it', async () => {
    test = await openTestDatabase()
    const handles = await twoInstances(test)
    const event = webhook(0)
    const results = await Promise.all(
      [0, 1, 0, 1].map((h) => ingestTelnyxWebhook(handles[h]!, event, event, new Date(START).toISOString())),
    )
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1)
    expect(results.filter((result) => result.duplicate)).toHaveLength(3)
    expect(results.filter((result) => result.changed.length > 0)).toHaveLength(1)
    expect(await storedEvents(test.db)).toBe(1)
  })
})

import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import type { Call } from '#domain/call'
import type { StreamMessage, SourceSync } from '#domain/index-api'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { memoryLogger } from '../http/logger'
import { listedCall } from './call-row'
import type { IndexDb } from './db'
import { chunkKeys, createLiveBus, MAX_PAYLOAD_BYTES, type LiveBus } from './live-bus'
import { createLiveHub } from './live-hub'
import { ingestTelnyxWebhook } from './telnyx-events'
import { openTestDatabase, type TestDatabase } from './test-store'

let test: TestDatabase | null = null
const buses: LiveBus[] = []
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()))
  await test?.close()
  test = null
})

const START = Date.parse('2026-11-20T15:00:00Z')

function webhook(session: string, n: number): TelnyxWebhookWire {
  return {
    data: {
      record_type: 'event',
      event_type: n === 0 ? 'call.initiated' : 'call.answered',
      id: `${session}-event-${n}`,
      occurred_at: new Date(START + n * 1000).toISOString(),
      payload: {
        call_leg_id: `${session}-leg`,
        call_session_id: session,
        from: '+15550100001',
        to: '+15550100002',
      },
    },
  }
}

/** One instance's hub and bus, with what its one browser received. */
function instance(database: TestDatabase, db: IndexDb, name: string, sync: SourceSync[] = []) {
  const retryDelaysMs = { first: 20, max: 100 }
  const hub = createLiveHub()
  const received: StreamMessage<Call>[] = []
  hub.subscribe((message) => received.push(message))
  const logger = memoryLogger()
  const bus = createLiveBus({
    db,
    databaseUrl: database.url,
    instanceId: name,
    hub,
    status: () => Promise.resolve(sync),
    logger,
    retryDelaysMs,
  })
  buses.push(bus)
  const calls = () => received.flatMap((message) => (message.type === 'calls' ? message.calls : []))
  const syncs = () => received.filter((message) => message.type === 'sync')
  return { db, bus, received, calls, syncs, logger }
}

async function until(condition: () => boolean) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** A webhook applied at `at`, announced as createCallIndex does. */
async function applyWebhook(at: ReturnType<typeof instance>, session: string, n: number) {
  const event = webhook(session, n)
  const result = await ingestTelnyxWebhook(at.db, event, event, new Date(START).toISOString())
  at.bus.publishCalls(result.changed)
  return result
}

describe('live updates across instances', () => {
  it('keeps a chunk of keys under NOTIFY’s payload limit and loses none', () => {
    const keys = Array.from({ length: 500 }, (_, n): [string, string] => [
      'telnyx',
      `session-${n}-${'x'.repeat(40)}`,
    ])
    const chunks = chunkKeys(keys, 40)
    expect(chunks.length).toBeGreaterThan(1)
    expect(chunks.flat()).toEqual(keys)
    for (const chunk of chunks)
      expect(Buffer.byteLength(JSON.stringify({ from: 'x'.repeat(40), calls: chunk }))).toBeLessThan(
        MAX_PAYLOAD_BYTES,
      )
  })

  it('a webhook applied at one instance reaches every instance’s browsers with the full call, once', async () => {
    test = await openTestDatabase()
    const a = instance(test, test.db, 'instance-a')
    const b = test.store === 'postgres' ? instance(test, await test.open(), 'instance-b') : null
    await Promise.all([a.bus.listening(), b?.bus.listening()])
    await applyWebhook(a, 'session-1', 0)
    expect(a.calls().map((call) => call.id)).toEqual(['session-1'])
    if (b === null) return // SQLite: one instance, nothing else to tell.
    // B announces status after it has the call; A receives that after its own (ignored) notice.
    await until(() => b.calls().length > 0)
    b.bus.publishStatus()
    await until(() => a.syncs().length > 0)
    await b.bus.settled()
    expect(b.calls()).toHaveLength(1)
    expect(b.calls()[0]).toMatchObject({ source: 'telnyx', id: 'session-1', from: '+15550100001' })
    // The full call, as the index stores it (raw payloads are for the call page, not the list).
    expect(b.calls()[0]).toEqual(JSON.parse(JSON.stringify(listedCall(a.calls()[0]!))))
    expect(a.calls()).toHaveLength(1)
    expect([...a.logger.lines, ...b.logger.lines]).toEqual([])
  })

  it('many changed calls reach the other instance in several notices, each call once', async () => {
    test = await openTestDatabase()
    const a = instance(test, test.db, 'instance-a')
    const b = test.store === 'postgres' ? instance(test, await test.open(), 'instance-b') : null
    await Promise.all([a.bus.listening(), b?.bus.listening()])
    const sessions = Array.from({ length: 150 }, (_, n) => `session-${n}-${'long-session-id-'.repeat(6)}`)
    const written = await Promise.all(
      sessions.map((session) =>
        ingestTelnyxWebhook(a.db, webhook(session, 0), webhook(session, 0), new Date(START).toISOString()),
      ),
    )
    const changed = written.flatMap((result) => result.changed)
    // About 16 kB of keys: two notices at least, or NOTIFY would have refused the payload.
    a.bus.publishCalls(changed)
    expect(a.received).toHaveLength(1)
    expect(a.calls()).toHaveLength(sessions.length)
    if (b === null) return // SQLite: one instance.
    await until(() => b.calls().length >= sessions.length)
    await b.bus.settled()
    expect(b.received.length).toBeGreaterThan(1)
    expect(
      b
        .calls()
        .map((call) => call.id)
        .sort(),
    ).toEqual([...sessions].sort())
  })

  it('a sync status change makes every instance publish its own status', async () => {
    test = await openTestDatabase()
    const statusA = [{ source: 'telnyx' } as unknown as SourceSync]
    const statusB = [{ source: 'leadping' } as unknown as SourceSync]
    const a = instance(test, test.db, 'instance-a', statusA)
    const b = test.store === 'postgres' ? instance(test, await test.open(), 'instance-b', statusB) : null
    await Promise.all([a.bus.listening(), b?.bus.listening()])
    a.bus.publishStatus()
    await until(() => a.syncs().length > 0)
    expect(a.syncs()).toEqual([{ type: 'sync', sync: statusA }])
    if (b === null) return
    await until(() => b.syncs().length > 0)
    expect(b.syncs()).toEqual([{ type: 'sync', sync: statusB }])
  })

  it('listens again after its connection drops, and says so without naming the database', async () => {
    test = await openTestDatabase()
    if (test.store !== 'postgres') return // SQLite has no listening connection to lose.
    const a = instance(test, test.db, 'instance-a')
    const b = instance(test, await test.open(), 'instance-b', [{ source: 'telnyx' } as unknown as SourceSync])
    await Promise.all([a.bus.listening(), b.bus.listening()])
    // What a database restart or a proxy's idle timeout does to the listener.
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query like 'listen %'`.execute(test.db)
    await until(() => b.logger.lines.length > 0)
    // Notices sent while B reconnects are lost (NOTIFY keeps nothing), so A asks until one arrives.
    for (let tries = 0; b.syncs().length === 0; tries++) {
      if (tries > 100) throw new Error('B never listened again')
      a.bus.publishStatus()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(b.logger.lines[0]).toMatch(/^live bus: listening connection lost \(.+\); retrying in 20 ms$/)
    for (const line of b.logger.lines) expect(line).not.toContain(test.url!)
    for (const line of b.logger.lines) expect(line).not.toMatch(/postgres:|127\.0\.0\.1|calltrail_t/)
  })
})

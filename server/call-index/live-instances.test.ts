import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import type { StreamMessage } from '#domain/index-api'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { loadConfig } from '../config'
import { memoryLogger } from '../http/logger'
import { createCallIndex, type CallIndex } from './service'
import { openTestDatabase, type TestDatabase } from './test-store'

let test: TestDatabase | null = null
const indexes: CallIndex[] = []
afterEach(async () => {
  await Promise.all(indexes.splice(0).map((index) => index.close()))
  await test?.close()
  test = null
})

function initiated(session: string): TelnyxWebhookWire {
  return {
    data: {
      record_type: 'event',
      event_type: 'call.initiated',
      id: `${session}-event-1`,
      occurred_at: '2026-11-20T15:00:00.000Z',
      payload: { call_leg_id: `${session}-leg`, call_session_id: session, from: '+15550100001' },
    },
  }
}

async function until(condition: () => boolean | Promise<boolean>) {
  for (let waited = 0; !(await condition()); waited += 10) {
    if (waited > 5000) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const ids = (messages: StreamMessage[]) =>
  messages.flatMap((message) => (message.type === 'calls' ? message.calls.map((call) => call.id) : []))

/** A whole call index as server/index.ts opens it, on the test database, with one browser attached. */
async function openInstance(database: TestDatabase, instanceId: string) {
  const config = loadConfig({ ...(database.url === undefined ? {} : { DATABASE_URL: database.url }) })
  const index = await createCallIndex({
    config,
    simulator: undefined,
    logger: memoryLogger(),
    dataDir: ':memory:',
    syncers: [],
    instanceId,
  })
  indexes.push(index)
  const received: StreamMessage[] = []
  index.hub.subscribe((message) => received.push(message))
  return { index, received }
}

describe('call indexes sharing one database', () => {
  it('a webhook at either instance reaches the browsers of both, once each', async () => {
    test = await openTestDatabase()
    if (test.store !== 'postgres') return // SQLite serves one instance: live-bus.test.ts covers it.
    const a = await openInstance(test, 'instance-a')
    const b = await openInstance(test, 'instance-b')
    // createCallIndex does not wait for its listener; both are listening once the server says so.
    await until(async () => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from pg_stat_activity
        where datname = current_database() and query = 'listen calltrail_live'`.execute(a.index.db)
      return Number(rows[0]?.n) === 2
    })
    const first = initiated('instances-session-1')
    expect(await a.index.ingestTelnyxWebhook(first, first)).toEqual({ duplicate: false })
    // A redelivery to the other instance changes nothing, so it announces nothing either.
    expect(await b.index.ingestTelnyxWebhook(first, first)).toEqual({ duplicate: true })
    await until(() => b.received.length === 1)
    const second = initiated('instances-session-2')
    expect(await b.index.ingestTelnyxWebhook(second, second)).toEqual({ duplicate: false })
    // Notices arrive in commit order: when A has B's, it has had (and ignored) its own.
    await until(() => a.received.length === 2)
    expect(ids(a.received)).toEqual(['instances-session-1', 'instances-session-2'])
    expect(ids(b.received)).toEqual(['instances-session-1', 'instances-session-2'])
  })
})

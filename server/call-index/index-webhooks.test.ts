import { afterEach, describe, expect, it } from 'vitest'
import type { CallsPage } from '#domain/index-api'
import { startWebhookDelivery } from '../simulator/webhook-delivery'
import { startTestIndex, type TestIndex } from './test-index'

let x: TestIndex | null = null
afterEach(async () => {
  await x?.close()
  x = null
})

/** Live ticks until one writes a Telnyx session (the provider is drawn at random per tick). */
async function newTelnyxCall(t: TestIndex['t']) {
  const sessions = () =>
    (t.sim.context.db.prepare('SELECT COUNT(*) AS n FROM tx_sessions').get() as { n: number }).n
  const before = sessions()
  while (sessions() === before) {
    t.clock.advanceMs(1000)
    await t.sim.handleAdmin(new Request('http://sim/sim-admin/live/tick', { method: 'POST' }))
  }
}

describe('Telnyx webhooks reach the index', () => {
  it('signed deliveries from the simulator add the new call, once, without a call_events read', async () => {
    x = await startTestIndex({ live: true, liveIntervalMs: 3_600_000 })
    await x.syncAll()
    const before = await x.index.db
      .selectFrom('telnyx_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const app = x.app
    const delivery = startWebhookDelivery({
      sim: x.t.sim,
      url: 'http://127.0.0.1:8080/webhooks/telnyx',
      intervalMs: 3_600_000,
      // Signed on the same clock the receiver checks timestamps against.
      nowMs: () => x!.t.clock.dataUs() / 1000,
      retryDelaysMs: [0],
      fetch: async (url: string, init: RequestInit) => app.request(url, init),
    })
    try {
      await newTelnyxCall(x.t)
      x.t.clock.advanceMs(10 * 60_000)
      await delivery.flush()
      await delivery.flush()
    } finally {
      delivery.stop()
    }
    const after = await x.index.db
      .selectFrom('telnyx_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBeGreaterThan(Number(before.n))
    const newest = await x.index.db
      .selectFrom('telnyx_events')
      .select('session_id')
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow()
    const { body } = await x.get<CallsPage>(`/api/calls?period=all&q=${newest.session_id}`)
    expect(body.calls.map((c) => c.id)).toEqual([newest.session_id])
    // The same events read later from call_events change nothing.
    const again = await x.index.scheduler.runOnce('telnyx')
    expect(again.ok).toBe(true)
    const final = await x.index.db
      .selectFrom('telnyx_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(final.n)).toBe(Number(after.n))
  }, 60_000)

  it('refuses a forged delivery and leaves the index unchanged', async () => {
    x = await startTestIndex()
    const body = JSON.stringify({
      data: {
        record_type: 'event',
        event_type: 'call.initiated',
        id: 'x',
        occurred_at: '2026-11-20T14:00:00Z',
        payload: { call_session_id: 's', call_leg_id: 'l' },
      },
    })
    const response = await x.app.request('/webhooks/telnyx', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'telnyx-signature-ed25519': Buffer.alloc(64).toString('base64'),
        'telnyx-timestamp': String(Math.floor(Date.parse('2026-11-20T15:00:00Z') / 1000)),
        host: '127.0.0.1:8080',
      },
      body,
    })
    expect(response.status).toBe(401)
    const events = await x.index.db.selectFrom('telnyx_events').select('event_key').execute()
    expect(events).toEqual([])
  })
})

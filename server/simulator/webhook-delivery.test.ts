import { TelnyxWebhook } from 'telnyx/lib/webhooks'
import { afterEach, describe, expect, it } from 'vitest'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { memoryLogger } from '../http/logger'
import { telnyxWebhookRoutes } from '../webhooks/telnyx-webhook-route'
import { telnyxPublicKeyFromBase64 } from '../webhooks/verify-telnyx-signature'
import { startTestSim, type TestSim } from './test-support'
import { startWebhookDelivery } from './webhook-delivery'

const URL = 'http://127.0.0.1:8080/webhooks/telnyx'
let t: TestSim | undefined

afterEach(() => t?.close())

/** A live simulator (ticks by hand only) and an in-process receiver verifying with its public key. */
function setup() {
  t = startTestSim({ live: true, liveIntervalMs: 3_600_000 })
  const sim = t
  const received: TelnyxWebhookWire[] = []
  const requests: { body: string; headers: Record<string, string> }[] = []
  const logger = memoryLogger()
  const receiver = telnyxWebhookRoutes({
    publicKey: telnyxPublicKeyFromBase64(sim.sim.telnyxWebhookKey().publicKeyBase64),
    sink: (webhook) => {
      const duplicate = received.some((seen) => seen.data.id === webhook.data.id)
      received.push(webhook)
      return Promise.resolve({ duplicate })
    },
    logger,
    maxBodyBytes: 64 * 1024,
  })
  /** Answers 503 to the next `n` deliveries, before they reach the receiver. */
  const outage = { remaining: 0, refused: 0 }
  const fetch = async (url: string, init: RequestInit) => {
    requests.push({ body: init.body as string, headers: init.headers as Record<string, string> })
    if (outage.remaining > 0) {
      outage.remaining -= 1
      outage.refused += 1
      return new Response('busy', { status: 503 })
    }
    return receiver.request(url, init)
  }
  /** Live ticks until one writes a Telnyx session (the provider is drawn at random per tick). */
  const newTelnyxCall = async () => {
    const sessions = () =>
      (sim.sim.context.db.prepare('SELECT COUNT(*) AS n FROM tx_sessions').get() as { n: number }).n
    const before = sessions()
    while (sessions() === before) {
      sim.clock.advanceMs(1000)
      await sim.sim.handleAdmin(new Request('http://sim/sim-admin/live/tick', { method: 'POST' }))
    }
  }
  return { sim, received, requests, logger, outage, fetch, newTelnyxCall }
}

/** Webhook (not command) events in (fromUs, toUs], as call_events orders them. */
function visibleWebhooks(sim: TestSim, fromUs: number, toUs: number) {
  return sim.sim.context.db
    .prepare(
      `SELECT occurred_us FROM tx_events WHERE type <> 1 AND occurred_us > ? AND occurred_us <= ?
        ORDER BY occurred_us, id`,
    )
    .all(fromUs, toUs) as { occurred_us: number }[]
}

describe('simulated Telnyx webhook delivery', () => {
  it('delivers each newly visible event once, signed, in occurred_at order, and not the history', async () => {
    const s = setup()
    const startUs = s.sim.clock.dataUs()
    const delivery = startWebhookDelivery({ sim: s.sim.sim, url: URL, intervalMs: 3_600_000, fetch: s.fetch })
    await delivery.flush()
    expect(s.requests).toHaveLength(0)

    await s.newTelnyxCall()
    s.sim.clock.advanceMs(15 * 60_000)
    await delivery.flush()
    const expected = visibleWebhooks(s.sim, startUs, s.sim.clock.dataUs())
    expect(expected.length).toBeGreaterThan(1)
    expect(s.received.map((w) => Date.parse(w.data.occurred_at))).toEqual(
      expected.map((e) => Math.floor(e.occurred_us / 1000)),
    )
    expect(s.logger.lines).toEqual([])
    expect(s.requests[0]?.headers).toMatchObject({ 'content-type': 'application/json' })

    // The official SDK accepts the simulator's signature with the simulator's public key.
    const first = s.requests[0]
    await expect(
      new TelnyxWebhook(s.sim.sim.telnyxWebhookKey().publicKeyBase64).verify(
        first?.body ?? '',
        first?.headers ?? {},
      ),
    ).resolves.toBeUndefined()

    // Nothing is sent twice: not by another flush, nor by a delivery started again on the same data.
    const count = s.requests.length
    await delivery.flush()
    delivery.stop()
    const restarted = startWebhookDelivery({
      sim: s.sim.sim,
      url: URL,
      intervalMs: 3_600_000,
      fetch: s.fetch,
    })
    await restarted.flush()
    restarted.stop()
    expect(s.requests).toHaveLength(count)
  })

  it('retries after a 503 with backoff, keeping the order, and applies the event once', async () => {
    const s = setup()
    const delivery = startWebhookDelivery({
      sim: s.sim.sim,
      url: URL,
      intervalMs: 3_600_000,
      fetch: s.fetch,
      retryDelaysMs: [5, 10, 20],
    })
    await s.newTelnyxCall()
    s.sim.clock.advanceMs(15 * 60_000)
    s.outage.remaining = 2
    await delivery.flush()
    delivery.stop()
    expect(s.outage.refused).toBe(2)
    // The first event was sent three times (two refused), every other event once.
    expect(s.requests[0]?.body).toBe(s.requests[1]?.body)
    expect(s.requests[1]?.body).toBe(s.requests[2]?.body)
    expect(JSON.parse(s.requests[0]?.body ?? '')).toMatchObject(s.received[0] ?? { missing: true })
    // After the two refusals every request carries a different delivery, each received once.
    const accepted = s.requests.slice(2).map((r) => r.body)
    expect(new Set(accepted).size).toBe(accepted.length)
    expect(s.received).toHaveLength(accepted.length)
    const times = s.received.map((w) => Date.parse(w.data.occurred_at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('gives up on an event after the retries, says so without the body, and moves on', async () => {
    const s = setup()
    const startUs = s.sim.clock.dataUs()
    const logger = memoryLogger()
    const delivery = startWebhookDelivery({
      sim: s.sim.sim,
      url: URL,
      intervalMs: 3_600_000,
      fetch: s.fetch,
      retryDelaysMs: [1, 1],
      logger,
    })
    await s.newTelnyxCall()
    s.sim.clock.advanceMs(15 * 60_000)
    s.outage.remaining = 3
    await delivery.flush()
    delivery.stop()
    expect(logger.lines).toHaveLength(1)
    expect(logger.lines[0]).toMatch(
      /^simulator: webhook call\.\S+ \S+ not acknowledged after 3 attempts \(503\), skipped$/,
    )
    expect(s.received.length).toBe(visibleWebhooks(s.sim, startUs, s.sim.clock.dataUs()).length - 1)
  })
})

import type { KeyObject } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { loadConfig } from '../config'
import { memoryLogger } from '../http/logger'
import { hangupWebhook, signDelivery, testKeys } from './test-keys'
import { telnyxWebhookRoutes, type TelnyxWebhookSink } from './telnyx-webhook-route'
import { telnyxWebhookPublicKey } from './telnyx-webhook-key'
import { telnyxPublicKeyFromBase64 } from './verify-telnyx-signature'

const NOW_MS = Date.parse('2026-11-20T15:00:00Z')
const NOW = NOW_MS / 1000
const keys = testKeys()

/** Idempotent by event id, like the call index: applies an event once and reports redeliveries. */
function fakeSink() {
  const applied = new Set<string>()
  const calls: { webhook: TelnyxWebhookWire; raw: unknown }[] = []
  const sink: TelnyxWebhookSink = (webhook, raw) => {
    calls.push({ webhook, raw })
    const duplicate = applied.has(webhook.data.id)
    applied.add(webhook.data.id)
    return Promise.resolve({ duplicate })
  }
  return { sink, calls, applied }
}

function receiver(publicKey = telnyxPublicKeyFromBase64(keys.publicKeyBase64), maxBodyBytes = 64 * 1024) {
  const clock = { ms: NOW_MS }
  const { sink, calls, applied } = fakeSink()
  const logger = memoryLogger()
  const app = telnyxWebhookRoutes({ publicKey, sink, logger, now: () => clock.ms, maxBodyBytes })
  const post = (body: string, headers: Record<string, string>) =>
    app.request('/webhooks/telnyx', { method: 'POST', body, headers })
  return { app, clock, calls, applied, logger, post }
}

const body = JSON.stringify(hangupWebhook())

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error
}

describe('POST /webhooks/telnyx', () => {
  it('hands a verified webhook to the sink once, parsed, and answers 200', async () => {
    const r = receiver()
    const response = await r.post(body, signDelivery(keys.privateKey, body, NOW))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: true, duplicate: false })
    expect(r.calls).toHaveLength(1)
    expect(r.calls[0]?.webhook.data).toMatchObject({ event_type: 'call.hangup', id: hangupWebhook().data.id })
    expect(r.calls[0]?.raw).toEqual(hangupWebhook())
    expect(r.logger.lines).toEqual([])
  })

  it('answers 200 again to a redelivery, which the sink reports as a duplicate', async () => {
    const r = receiver()
    expect(await (await r.post(body, signDelivery(keys.privateKey, body, NOW))).json()).toEqual({
      received: true,
      duplicate: false,
    })
    // Telnyx signs each attempt afresh.
    const again = await r.post(body, signDelivery(keys.privateKey, body, NOW + 5))
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ received: true, duplicate: true })
    expect(r.calls).toHaveLength(2)
    expect(r.applied.size).toBe(1)
  })

  it.each([
    ['signed by another key', signDelivery(testKeys().privateKey, body, NOW), body],
    [
      'with the body changed by one byte',
      signDelivery(keys.privateKey, body, NOW),
      body.replace('caller', 'callee'),
    ],
    ['unsigned', { 'content-type': 'application/json' }, body],
    [
      'with a malformed signature',
      { ...signDelivery(keys.privateKey, body, NOW), 'telnyx-signature-ed25519': 'abc' },
      body,
    ],
  ])('refuses a delivery %s with 401, calling nothing', async (_label, headers, sent) => {
    const r = receiver()
    const response = await r.post(sent, headers)
    expect(response.status).toBe(401)
    expect((await errorOf(response)).code).toMatch(/^webhook_/)
    expect(r.calls).toHaveLength(0)
    expect(r.logger.lines).toHaveLength(1)
  })

  it('refuses a stale timestamp (301 s) and a replay of an old delivery, saying why', async () => {
    const r = receiver()
    const stale = await r.post(body, signDelivery(keys.privateKey, body, NOW - 301))
    expect(stale.status).toBe(401)
    const error = await errorOf(stale)
    expect(error.code).toBe('webhook_timestamp_outside_window')
    expect(error.message).toContain('300 s window')
    const delivery = signDelivery(keys.privateKey, body, NOW)
    expect((await r.post(body, delivery)).status).toBe(200)
    r.clock.ms += 10 * 60_000
    const replay = await r.post(body, delivery)
    expect(replay.status).toBe(401)
    expect(r.calls).toHaveLength(1)
    expect(r.logger.lines).toEqual([
      'webhooks: telnyx signature refused: stale',
      'webhooks: telnyx signature refused: stale',
    ])
  })

  it('answers 503 naming TELNYX_PUBLIC_KEY when no key is configured', async () => {
    const logger = memoryLogger()
    const app = telnyxWebhookRoutes({
      publicKey: null,
      sink: () => Promise.reject(new Error('not called')),
      logger,
      maxBodyBytes: 1024,
    })
    const response = await app.request('/webhooks/telnyx', {
      method: 'POST',
      body,
      headers: signDelivery(keys.privateKey, body, NOW),
    })
    expect(response.status).toBe(503)
    expect((await errorOf(response)).message).toContain('set TELNYX_PUBLIC_KEY')
    expect(logger.lines).toEqual(['webhooks: telnyx delivery refused (503 webhook_key_missing)'])
  })

  it('answers 413 to a body over the limit and 415 to anything but JSON', async () => {
    const r = receiver(undefined, 256)
    const big = JSON.stringify({ ...hangupWebhook(), padding: 'x'.repeat(512) })
    expect((await r.post(big, signDelivery(keys.privateKey, big, NOW))).status).toBe(413)
    const form = { ...signDelivery(keys.privateKey, body, NOW), 'content-type': 'text/plain' }
    expect((await r.post(body, form)).status).toBe(415)
    expect(r.calls).toHaveLength(0)
  })

  it('answers 400 naming the field once the signature checks out, never echoing the body', async () => {
    const r = receiver()
    const broken = '{"data": '
    const notJson = await r.post(broken, signDelivery(keys.privateKey, broken, NOW))
    expect(notJson.status).toBe(400)
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid_json' } })
    const wrong = hangupWebhook()
    const shape = JSON.stringify({ ...wrong, data: { ...wrong.data, occurred_at: 'yesterday' } })
    const badShape = await r.post(shape, signDelivery(keys.privateKey, shape, NOW))
    expect(badShape.status).toBe(400)
    const error = await errorOf(badShape)
    expect(error.code).toBe('invalid_webhook')
    expect(error.message).toContain('data.occurred_at')
    expect(error.message).not.toContain('yesterday')
    // Unsigned garbage is a 401, not a parse error: nothing is read before the signature.
    expect((await r.post(broken, { 'content-type': 'application/json' })).status).toBe(401)
    expect(r.calls).toHaveLength(0)
    expect(r.logger.lines.join('\n')).not.toMatch(/\+1555|yesterday|signature-ed25519/)
  })
})

describe('telnyxWebhookPublicKey', () => {
  const simulator = { telnyxWebhookKey: () => ({ publicKeyBase64: keys.publicKeyBase64 }) }
  const other = testKeys().publicKeyBase64

  it('prefers TELNYX_PUBLIC_KEY, then the simulator key while Telnyx is simulated, else none', () => {
    const simulated = loadConfig({})
    const live = loadConfig({ TELNYX_API_KEY: 'KEY123' })
    const raw = (key: KeyObject | null) =>
      key?.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64')
    expect(raw(telnyxWebhookPublicKey(loadConfig({ TELNYX_PUBLIC_KEY: other }), simulator))).toBe(other)
    expect(raw(telnyxWebhookPublicKey(simulated, simulator))).toBe(keys.publicKeyBase64)
    expect(telnyxWebhookPublicKey(simulated, {})).toBeNull()
    expect(telnyxWebhookPublicKey(live, simulator)).toBeNull()
  })
})

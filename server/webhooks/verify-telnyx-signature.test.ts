import { TelnyxWebhook } from 'telnyx/lib/webhooks'
import { describe, expect, it } from 'vitest'
import { signDelivery, testKeys } from './test-keys'
import {
  TelnyxPublicKeyError,
  telnyxPublicKeyFromBase64,
  verifyTelnyxSignature,
} from './verify-telnyx-signature'

const NOW = 1_795_000_000
const keys = testKeys()
const publicKey = telnyxPublicKeyFromBase64(keys.publicKeyBase64)
const body = '{"data":{"id":"e1","payload":{"to":"+15555550199"}}}'

function check(headers: Record<string, string | null>, rawBody: string | Uint8Array = body, now = NOW) {
  return verifyTelnyxSignature({
    rawBody: Buffer.from(rawBody),
    signature: headers['telnyx-signature-ed25519'] ?? null,
    timestamp: headers['telnyx-timestamp'] ?? null,
    publicKey,
    nowSeconds: now,
  })
}

describe('verifyTelnyxSignature', () => {
  it('accepts a delivery signed over `${timestamp}|${raw body}`, up to 300 s either way', () => {
    expect(check(signDelivery(keys.privateKey, body, NOW))).toEqual({ ok: true })
    expect(check(signDelivery(keys.privateKey, body, NOW - 300))).toEqual({ ok: true })
    expect(check(signDelivery(keys.privateKey, body, NOW + 300))).toEqual({ ok: true })
  })

  it('verifies the exact bytes, not a re-serialization', () => {
    const spaced = Buffer.from('{ "data" : { "id" : "e1" } }\n')
    expect(check(signDelivery(keys.privateKey, spaced, NOW), spaced)).toEqual({ ok: true })
    expect(
      check(signDelivery(keys.privateKey, spaced, NOW), JSON.stringify(JSON.parse(spaced.toString()))),
    ).toEqual({ ok: false, reason: 'forged' })
  })

  it('refuses a body changed by one byte, another key, or another timestamp', () => {
    const headers = signDelivery(keys.privateKey, body, NOW)
    expect(check(headers, body.replace('e1', 'e2'))).toEqual({ ok: false, reason: 'forged' })
    expect(check(signDelivery(testKeys().privateKey, body, NOW))).toEqual({ ok: false, reason: 'forged' })
    expect(check({ ...headers, 'telnyx-timestamp': String(NOW - 1) })).toEqual({
      ok: false,
      reason: 'forged',
    })
  })

  it('names missing headers, malformed ones, and timestamps outside the window', () => {
    const headers = signDelivery(keys.privateKey, body, NOW)
    expect(check({})).toEqual({ ok: false, reason: 'unsigned' })
    expect(check({ ...headers, 'telnyx-timestamp': null })).toEqual({ ok: false, reason: 'unsigned' })
    expect(check({ ...headers, 'telnyx-signature-ed25519': '' })).toEqual({ ok: false, reason: 'unsigned' })
    expect(check({ ...headers, 'telnyx-timestamp': '17e8' })).toEqual({ ok: false, reason: 'malformed' })
    expect(check({ ...headers, 'telnyx-signature-ed25519': 'not base64!' })).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(check({ ...headers, 'telnyx-signature-ed25519': Buffer.alloc(32).toString('base64') })).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(check(signDelivery(keys.privateKey, body, NOW - 301))).toEqual({ ok: false, reason: 'stale' })
    expect(check(signDelivery(keys.privateKey, body, NOW + 301))).toEqual({ ok: false, reason: 'future' })
  })

  it('agrees with the official SDK: what it accepts verifies here, and the reverse', async () => {
    const now = Math.floor(Date.now() / 1000)
    const headers = signDelivery(keys.privateKey, body, now)
    await expect(new TelnyxWebhook(keys.publicKeyBase64).verify(body, headers)).resolves.toBeUndefined()
    expect(check(headers, body, now)).toEqual({ ok: true })
    const forged = { ...headers, 'telnyx-timestamp': String(now - 1) }
    await expect(new TelnyxWebhook(keys.publicKeyBase64).verify(body, forged)).rejects.toThrow()
    expect(check(forged, body, now)).toEqual({ ok: false, reason: 'forged' })
  })
})

describe('telnyxPublicKeyFromBase64', () => {
  it('builds a key from the 32 raw bytes, and says what is wrong otherwise without echoing it', () => {
    expect(telnyxPublicKeyFromBase64(keys.publicKeyBase64).asymmetricKeyType).toBe('ed25519')
    expect(() => telnyxPublicKeyFromBase64('c2VjcmV0')).toThrow(TelnyxPublicKeyError)
    expect(() => telnyxPublicKeyFromBase64('c2VjcmV0')).toThrow('32 bytes, this is 6')
    expect(() => telnyxPublicKeyFromBase64('c2VjcmV0')).not.toThrow(/c2VjcmV0/)
    expect(() => telnyxPublicKeyFromBase64('***')).toThrow('not base64')
  })
})

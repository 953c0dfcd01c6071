import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'

/** An Ed25519 pair as a Telnyx account has one, plus signing the way Telnyx signs a delivery; for tests. */
export function testKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const spki = publicKey.export({ format: 'der', type: 'spki' })
  return {
    publicKey,
    privateKey,
    publicKeyBase64: spki.subarray(spki.length - 32).toString('base64'),
  }
}

export function signDelivery(privateKey: KeyObject, body: string | Uint8Array, timestamp: number | string) {
  const message = Buffer.concat([Buffer.from(`${timestamp}|`), Buffer.from(body)])
  return {
    'content-type': 'application/json',
    'telnyx-signature-ed25519': sign(null, message, privateKey).toString('base64'),
    'telnyx-timestamp': String(timestamp),
  }
}

/** A `call.hangup` webhook as Telnyx delivers it (the SDK's webhook types; trimmed). */
export function hangupWebhook(id = '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0') {
  return {
    data: {
      record_type: 'event',
      event_type: 'call.hangup',
      id,
      occurred_at: '2026-11-20T14:59:58.123456Z',
      payload: {
        call_control_id: 'v3:abc',
        call_leg_id: '428c31b6-7af4-4bcb-b7f5-5013ef9657c1',
        call_session_id: '428c31b6-abcd-4bcb-b7f5-5013ef9657c1',
        connection_id: '7267xxxxxxxxxxxxxx',
        client_state: null,
        from: '+15555550100',
        to: '+15555550199',
        state: 'hangup',
        start_time: '2026-11-20T14:58:00.000000Z',
        hangup_cause: 'normal_clearing',
        hangup_source: 'caller',
        sip_hangup_cause: '200',
        call_quality_stats: null,
      },
    },
    meta: { attempt: 1, delivered_to: 'https://example.com/webhooks' },
  }
}

import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import type { Db } from './db'

/**
 * The simulator's Telnyx webhook signing key: an Ed25519 pair generated once per database and kept in
 * its `meta` table, so it lives and dies with the seeded data (a reseed makes a new one). It is random,
 * not derived from SIM_SEED: the seed is public (42 by default), and a key anyone can recompute would
 * let anyone post webhooks past the dashboard's access control. Only the public half leaves the simulator.
 */
const META_KEY = 'telnyxWebhookPrivateKey'

export type WebhookKeyPair = { privateKey: KeyObject; publicKeyBase64: string }

const cache = new WeakMap<Db, WebhookKeyPair>()

export function telnyxWebhookKeyPair(db: Db): WebhookKeyPair {
  const known = cache.get(db)
  if (known) return known
  const read = () =>
    (db.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as { value: string } | undefined)?.value
  if (read() === undefined) {
    const der = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' })
    // Another process on the same data directory may have just stored one: the first stored key wins.
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(
      META_KEY,
      der.toString('base64'),
    )
  }
  const privateKey = createPrivateKey({
    key: Buffer.from(read() ?? '', 'base64'),
    format: 'der',
    type: 'pkcs8',
  })
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' })
  // Telnyx shows the raw 32-byte key: SPKI DER minus its fixed 12-byte Ed25519 prefix.
  const pair = { privateKey, publicKeyBase64: spki.subarray(spki.length - 32).toString('base64') }
  cache.set(db, pair)
  return pair
}

/** The headers Telnyx sends with a delivery: an Ed25519 signature of `${timestamp}|${body}`. */
export function signTelnyxWebhook(
  privateKey: KeyObject,
  body: string,
  timestampSeconds: number,
): Record<string, string> {
  const timestamp = String(Math.floor(timestampSeconds))
  const signature = sign(null, Buffer.from(`${timestamp}|${body}`), privateKey).toString('base64')
  return {
    'content-type': 'application/json',
    'telnyx-signature-ed25519': signature,
    'telnyx-timestamp': timestamp,
  }
}

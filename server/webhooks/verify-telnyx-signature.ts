import { createPublicKey, verify, type KeyObject } from 'node:crypto'

/**
 * Telnyx signs each webhook with the account's Ed25519 key: `telnyx-signature-ed25519` is the base64
 * signature of `${telnyx-timestamp}|${raw body}`. The checks and their order follow the official SDK
 * (node_modules/telnyx/lib/webhooks.js): both headers present, a decimal timestamp within 300 s of now
 * either way, a strict base64 signature of 64 bytes, then the signature itself.
 */
export const TELNYX_SIGNATURE_HEADER = 'telnyx-signature-ed25519'
export const TELNYX_TIMESTAMP_HEADER = 'telnyx-timestamp'
export const TELNYX_TOLERANCE_SECONDS = 300

export type TelnyxSignatureFailure = 'unsigned' | 'malformed' | 'stale' | 'future' | 'forged'
export type TelnyxSignatureCheck = { ok: true } | { ok: false; reason: TelnyxSignatureFailure }

/** An Ed25519 public key is 32 raw bytes; Node imports it as SPKI DER behind this fixed prefix. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/** Padded, standard-alphabet base64 only, like the SDK: Buffer.from would silently skip stray characters. */
function strictBase64(value: string): Buffer | null {
  if (value.length === 0 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return null
  return Buffer.from(value, 'base64')
}

/** `detail` says what is wrong with the key without repeating it. */
export class TelnyxPublicKeyError extends Error {
  override readonly name = 'TelnyxPublicKeyError'
  constructor(readonly detail: string) {
    super(`Invalid Telnyx public key: ${detail}`)
  }
}

/** The KeyObject for a base64 key as Mission Control shows it; throws a TelnyxPublicKeyError saying why not. */
export function telnyxPublicKeyFromBase64(b64: string): KeyObject {
  const raw = strictBase64(b64.trim())
  if (!raw) throw new TelnyxPublicKeyError('not base64 (padded, A-Z a-z 0-9 + /)')
  if (raw.length !== 32) {
    throw new TelnyxPublicKeyError(`an Ed25519 public key is 32 bytes, this is ${raw.length}`)
  }
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' })
  } catch {
    throw new TelnyxPublicKeyError('not a valid Ed25519 public key')
  }
}

export function verifyTelnyxSignature(input: {
  rawBody: Uint8Array
  signature: string | null
  timestamp: string | null
  publicKey: KeyObject
  nowSeconds: number
  toleranceSeconds?: number
}): TelnyxSignatureCheck {
  const { rawBody, signature, timestamp, publicKey, nowSeconds } = input
  const tolerance = input.toleranceSeconds ?? TELNYX_TOLERANCE_SECONDS
  if (!signature || !timestamp) return { ok: false, reason: 'unsigned' }
  if (!/^\d{1,15}$/.test(timestamp)) return { ok: false, reason: 'malformed' }
  const sentAt = Number(timestamp)
  // A valid signature on an old message is a replay; one from the future is a clock or a forgery.
  if (nowSeconds - sentAt > tolerance) return { ok: false, reason: 'stale' }
  if (sentAt - nowSeconds > tolerance) return { ok: false, reason: 'future' }
  const sig = strictBase64(signature)
  if (!sig || sig.length !== 64) return { ok: false, reason: 'malformed' }
  // Signed over the bytes received, never over re-serialized JSON.
  const message = Buffer.concat([Buffer.from(`${timestamp}|`), rawBody])
  try {
    return verify(null, message, publicKey, sig) ? { ok: true } : { ok: false, reason: 'forged' }
  } catch {
    return { ok: false, reason: 'forged' }
  }
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { BadListRequest } from './request'

/**
 * Continuation tokens: opaque to clients, forward-only, bound to the query that produced them. A token
 * carries the sort key of the last row returned and a hash of the query; it is signed, so a tampered
 * token, or one replayed against a different query, is rejected with 400 rather than silently paging
 * something else. Keyset paging (not offsets) means rows that arrive meanwhile never cause duplicates
 * or gaps in what has not been read yet.
 */
export type CursorKey = (string | number | null)[]

export function queryHash(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 22)
}

function mac(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url').slice(0, 32)
}

export function encodeCursor(key: Buffer, hash: string, last: CursorKey): string {
  const payload = Buffer.from(JSON.stringify({ q: hash, k: last })).toString('base64url')
  return `${payload}.${mac(key, payload)}`
}

export function decodeCursor(key: Buffer, hash: string, token: string): CursorKey {
  const bad = new BadListRequest(
    'The continuation token is invalid, expired or was issued for a different query.',
  )
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) throw bad
  const expected = Buffer.from(mac(key, payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw bad
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    throw bad
  }
  if (typeof parsed !== 'object' || parsed === null) throw bad
  const { q, k } = parsed as { q?: unknown; k?: unknown }
  if (q !== hash || !Array.isArray(k)) throw bad
  return k as CursorKey
}

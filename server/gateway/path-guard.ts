import { hasControlCharacter } from '../security/control-chars'

/**
 * Structural checks on the raw request target, before any routing decision is trusted. The URL parser
 * (in Node and in fetch) silently resolves `..`, `%2e%2e` and backslashes, so a check on the parsed URL
 * would approve `/api/telnyx/v2/call_events/../../admin` as `/api/admin`. We read the target exactly as
 * the client sent it and refuse anything a well-behaved SPA never produces.
 */
export type GuardedTarget = { ok: true; segments: string[]; query: string } | { ok: false; reason: string }

const MAX_TARGET_LENGTH = 4096
/** RFC 3986 `pchar`: unreserved, sub-delims, ':' and '@', or a percent-escape. */
const RAW_SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$/
/** After one decoding step nothing may remain that a path could reinterpret: no escapes or slashes. */
const UNSAFE_DECODED = /[%/\\]/

export function guardTarget(raw: string): GuardedTarget {
  if (raw.length > MAX_TARGET_LENGTH) return { ok: false, reason: 'target too long' }
  if (!raw.startsWith('/') || raw.startsWith('//')) return { ok: false, reason: 'not an origin-form path' }
  if (raw.includes('#')) return { ok: false, reason: 'fragment in target' }
  const queryAt = raw.indexOf('?')
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt)
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1)
  const segments: string[] = []
  for (const rawSegment of path.slice(1).split('/')) {
    if (!RAW_SEGMENT.test(rawSegment)) return { ok: false, reason: 'empty or malformed segment' }
    let decoded: string
    try {
      decoded = decodeURIComponent(rawSegment)
    } catch {
      return { ok: false, reason: 'bad percent-encoding' }
    }
    if (UNSAFE_DECODED.test(decoded) || hasControlCharacter(decoded))
      return { ok: false, reason: 'encoded separator or control character' }
    if (decoded === '.' || decoded === '..') return { ok: false, reason: 'dot segment' }
    segments.push(decoded)
  }
  return { ok: true, segments, query }
}

/**
 * The request target as the client sent it. On the Node server that is `incoming.url`; in-process
 * (tests calling app.request) only the parsed URL exists, which is already normalised.
 */
export function rawTarget(env: unknown, requestUrl: string): string {
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const incoming: unknown = env.incoming
    if (typeof incoming === 'object' && incoming !== null && 'url' in incoming) {
      if (typeof incoming.url === 'string') return incoming.url
    }
  }
  const url = new URL(requestUrl)
  return url.pathname + url.search
}

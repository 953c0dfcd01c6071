import type { Source } from '#domain/call'

/**
 * The documented read endpoints each provider exposes through the gateway, as
 * `METHOD /path/{param}`. Nothing else reaches a provider: no writes, no deletes, no undocumented paths.
 */
const ALLOWLIST: Record<Source, readonly string[]> = {
  telnyx: ['GET /v2/call_events', 'GET /v2/detail_records', 'GET /v2/recordings', 'GET /v2/recordings/{id}'],
  leadping: [
    'GET /events/calls/{id}',
    'GET /events/{id}',
    'POST /events/calls/all/my',
    'POST /events/calls/lead/{leadId}',
    'POST /events/leads/{leadId}',
    'GET /leads/{id}',
  ],
  skipcall: ['GET /v1/calls', 'GET /v1/calls/{id}'],
  callingbox: ['GET /v1/calls', 'GET /v1/calls/{id}', 'GET /v1/calls/{id}/transcript'],
}

/**
 * A path parameter is one identifier: letters, digits and a few punctuation marks that can never act as a
 * separator, starting with a letter or digit. Provider ids are UUIDs, Twilio-style SIDs or opaque strings.
 */
const SAFE_PARAM = /^[A-Za-z0-9][A-Za-z0-9._~:+=@-]{0,199}$/

type Endpoint = { entry: string; method: string; pattern: readonly string[] }

function parseEntry(entry: string): Endpoint {
  const [method = '', path = ''] = entry.split(' ')
  return { entry, method, pattern: path.slice(1).split('/') }
}

/** `endpoint` is the allowlist entry matched, e.g. `GET /v2/recordings/{id}` (see query-rules.ts). */
export type EndpointMatch =
  | { kind: 'allowed'; path: string; endpoint: string }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'unknown' }

function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  if (pattern.length !== segments.length) return false
  return pattern.every((part, i) => {
    const segment = segments[i] ?? ''
    return part.startsWith('{') ? SAFE_PARAM.test(segment) : part === segment
  })
}

/**
 * Looks up decoded path segments (after `/api/<provider>`). The upstream path is rebuilt from the
 * segments, each escaped again, so what is sent upstream is always a canonical spelling of an allowed path.
 */
export function matchEndpoint(provider: Source, method: string, segments: readonly string[]): EndpointMatch {
  const candidates = ALLOWLIST[provider]
    .map(parseEntry)
    .filter((endpoint) => matches(endpoint.pattern, segments))
  if (candidates.length === 0) return { kind: 'unknown' }
  const allowed = candidates.find((endpoint) => endpoint.method === method)
  if (!allowed) {
    return { kind: 'wrong-method', allow: [...new Set(candidates.map((endpoint) => endpoint.method))] }
  }
  return { kind: 'allowed', path: '/' + segments.map(encodeURIComponent).join('/'), endpoint: allowed.entry }
}

/** Every allowed `METHOD /path` of a provider, for tests and documentation. */
export function allowedEndpoints(provider: Source): readonly string[] {
  return ALLOWLIST[provider]
}

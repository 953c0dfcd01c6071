import type { Source } from '#domain/call'
import { hasControlCharacter } from '../security/control-chars'

/**
 * The query parameters each allowlisted endpoint accepts, with their types and documented limits
 * (the providers' documented list parameters; what our SPA sends: src/providers/*). The query travels with
 * the key, so anything else is refused before a request goes out: `page[size]=100000`, a CR/LF smuggled
 * into a value, a parameter a provider might read but we never send.
 */
type Rule =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  /** A date or an ISO 8601 date-time. */
  | { kind: 'datetime' }
  /** Free text with a pattern and a length limit (phone numbers, ids, event names). */
  | { kind: 'text'; pattern: RegExp; what: string }

type Rules = Readonly<Record<string, Rule & { repeatable?: boolean }>>

const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
/** Telnyx and provider ids: UUIDs, `v3:…` call control ids, numeric connection ids. */
const ID: Rule = { kind: 'text', pattern: /^[A-Za-z0-9][A-Za-z0-9._~:+=@-]{0,199}$/, what: 'an id' }
/** E.164 numbers, or SIP URIs (`sip:alice@example.com`) on SIP calls. */
const NUMBER: Rule = {
  kind: 'text',
  pattern: /^[A-Za-z0-9+][A-Za-z0-9+._~:@-]{0,199}$/,
  what: 'a phone number',
}
const DATETIME: Rule = { kind: 'datetime' }
/**
 * The /events page passes its free-text filters to Telnyx as typed, and Telnyx is their judge: its 422
 * names the parameter and the page shows it (src/features/events/url-state). So here only their length
 * (the page's own 200-character limit) and, like every value, no control characters.
 */
const FREE_TEXT: Rule = { kind: 'text', pattern: /^.{1,200}$/su, what: 'at most 200 characters' }
const TELNYX_PAGE = {
  'page[number]': { kind: 'int', min: 1, max: 1_000_000 },
  'page[size]': { kind: 'int', min: 1, max: 250 },
} as const satisfies Rules

function ranges(field: string, operators: readonly string[], rule: Rule = DATETIME): Rules {
  return Object.fromEntries(operators.map((op) => [`filter[${field}][${op}]`, rule]))
}

const TELNYX_CALL_EVENTS: Rules = {
  'filter[leg_id]': FREE_TEXT,
  'filter[application_session_id]': FREE_TEXT,
  'filter[connection_id]': FREE_TEXT,
  'filter[product]': { kind: 'enum', values: ['call_control', 'fax', 'texml'] },
  'filter[from]': FREE_TEXT,
  'filter[to]': FREE_TEXT,
  'filter[failed]': { kind: 'enum', values: ['true', 'false'] },
  'filter[type]': { kind: 'enum', values: ['command', 'webhook'] },
  'filter[name]': FREE_TEXT,
  // Telnyx takes one occurred_at operator per request and says so in a 422; that rule stays theirs.
  ...ranges('occurred_at', ['gt', 'gte', 'lt', 'lte', 'eq'], FREE_TEXT),
  'filter[occurred_at]': FREE_TEXT,
  ...TELNYX_PAGE,
}

const TELNYX_DETAIL_RECORDS: Rules = {
  'filter[record_type]': { kind: 'text', pattern: /^[a-z][a-z-]{0,39}$/, what: 'a record type' },
  'filter[date_range]': { kind: 'text', pattern: /^[a-z][a-z0-9_]{0,39}$/, what: 'a date range' },
  'filter[direction]': { kind: 'enum', values: ['inbound', 'outbound'] },
  ...ranges('started_at', ['gt', 'gte', 'lt', 'lte']),
  ...ranges('created_at', ['gt', 'gte', 'lt', 'lte']),
  sort: { kind: 'text', pattern: /^-?[a-z][a-z_]{0,39}$/, what: 'a field name, optionally after -' },
  ...TELNYX_PAGE,
}

const TELNYX_RECORDINGS: Rules = {
  'filter[call_control_id]': ID,
  'filter[call_leg_id]': ID,
  'filter[call_session_id]': ID,
  'filter[conference_id]': ID,
  'filter[conference_region]': ID,
  'filter[connection_id]': ID,
  'filter[sip_call_id]': ID,
  'filter[from]': NUMBER,
  'filter[to]': NUMBER,
  ...ranges('created_at', ['gte', 'lte']),
  ...ranges('start_time', ['gte', 'lte']),
  ...ranges('end_time', ['gte', 'lte']),
  ...TELNYX_PAGE,
}

const SKIPCALL_CALLS: Rules = {
  page: { kind: 'int', min: 0, max: 1_000_000 },
  size: { kind: 'int', min: 1, max: 100 },
  // Repeated or comma-separated: the docs do not say which, so both pass.
  workspaceIds: {
    kind: 'text',
    pattern: /^[A-Za-z0-9._~:-]+(?:,[A-Za-z0-9._~:-]+){0,49}$/,
    what: 'workspace ids',
    repeatable: true,
  },
}

/** Keyed by the allowlist's `METHOD /path/{param}` entries; an endpoint not named here takes no query. */
const QUERY_RULES: Partial<Record<Source, Readonly<Record<string, Rules>>>> = {
  telnyx: {
    'GET /v2/call_events': TELNYX_CALL_EVENTS,
    'GET /v2/detail_records': TELNYX_DETAIL_RECORDS,
    'GET /v2/recordings': TELNYX_RECORDINGS,
  },
  skipcall: { 'GET /v1/calls': SKIPCALL_CALLS },
}

export type QueryCheck = { ok: true } | { ok: false; parameter: string; message: string }

const MAX_VALUE_LENGTH = 2000

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function checkValue(name: string, value: string, rule: Rule): string | null {
  switch (rule.kind) {
    case 'int': {
      const n = Number(value)
      if (!/^\d{1,9}$/.test(value) || n < rule.min || n > rule.max) {
        return `${name} must be a whole number from ${rule.min} to ${rule.max}.`
      }
      return null
    }
    case 'enum':
      return rule.values.includes(value) ? null : `${name} must be one of: ${rule.values.join(', ')}.`
    case 'datetime':
      return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : `${name} must be an ISO 8601 date-time.`
    case 'text':
      return rule.pattern.test(value) ? null : `${name} must be ${rule.what}.`
  }
}

/**
 * Checks a raw query string (as the browser sent it, before `?` is stripped) against the endpoint's
 * rules: names and values are percent-decoded once, as a provider would read them.
 */
export function checkQuery(provider: Source, endpoint: string, rawQuery: string): QueryCheck {
  const rules: Rules = QUERY_RULES[provider]?.[endpoint] ?? {}
  const seen = new Set<string>()
  for (const piece of rawQuery.split('&')) {
    if (piece === '') continue
    const equals = piece.indexOf('=')
    const rawName = equals === -1 ? piece : piece.slice(0, equals)
    const name = decode(rawName)
    // Named as sent when it cannot be decoded: the message must not carry a control character.
    const shown = name !== null && !hasControlCharacter(name) ? name : JSON.stringify(rawName)
    if (name === null || hasControlCharacter(name)) {
      return { ok: false, parameter: shown, message: `The query parameter name ${shown} is not readable.` }
    }
    const rule = rules[name]
    if (!rule) {
      const message = `The query parameter ${shown} is not accepted by this endpoint.`
      return { ok: false, parameter: name, message }
    }
    if (seen.has(name) && !rule.repeatable) {
      return { ok: false, parameter: name, message: `The query parameter ${name} may appear only once.` }
    }
    seen.add(name)
    const value = equals === -1 ? null : decode(piece.slice(equals + 1))
    if (value === null || value === '') {
      return { ok: false, parameter: name, message: `The query parameter ${name} needs a value.` }
    }
    if (hasControlCharacter(value)) {
      const message = `The query parameter ${name} contains a control character (such as a line break).`
      return { ok: false, parameter: name, message }
    }
    if (value.length > MAX_VALUE_LENGTH) {
      return { ok: false, parameter: name, message: `The query parameter ${name} is too long.` }
    }
    const problem = checkValue(name, value, rule)
    if (problem) return { ok: false, parameter: name, message: problem }
  }
  return { ok: true }
}

/** The parameter names an endpoint accepts, for tests. */
export function acceptedParameters(provider: Source, endpoint: string): string[] {
  return Object.keys(QUERY_RULES[provider]?.[endpoint] ?? {})
}

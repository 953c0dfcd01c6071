import { SOURCES, type Call, type ListedCall } from '#domain/call'
import {
  serializeCallsQuery,
  type CallForm,
  type CallsPage,
  type CallsQuery,
  type SourceSync,
} from '#domain/index-api'
import { HttpError } from './http-error'
import { isOneOf } from './url-enum'
import { readRetryAfter } from '#domain/retryable-status'

/**
 * The SPA's one reader of the call index (`/api/calls`, `/api/sync`), for the calls page and the lead
 * page alike. A non-2xx answer becomes an HttpError carrying the server's own message (and Retry-After);
 * a body of the wrong shape becomes a plain error too, so a page never renders half-understood data.
 *
 * The answers are our own server's output (built from the same domain types), so their shapes are
 * checked here by hand rather than with a schema library: this module is on the calls page's first load.
 */

/** What readJson checks an answer with: a hand-written check below, or a zod/mini schema elsewhere. */
export type AnswerShape<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false }
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null
const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value)
const orNull =
  <T>(check: (value: unknown) => value is T) =>
  (value: unknown): value is T | null =>
    value === null || check(value)
const isNullableString = orNull(isString)
const isNullableNumber = orNull(isNumber)

/** An AnswerShape from a type guard. */
function shape<T>(check: (value: unknown) => boolean): AnswerShape<T> {
  return {
    safeParse: (value) => (check(value) ? { success: true, data: value as T } : { success: false }),
  }
}

function isProblem(value: unknown): boolean {
  return (
    isObject(value) && isNullableString(value.recordId) && isString(value.field) && isString(value.message)
  )
}

/** The sync notes are read field by field, so they are checked in full. */
function isSourceSync(value: unknown): value is SourceSync {
  return (
    isObject(value) &&
    isOneOf(value.source, SOURCES) &&
    isOneOf(value.mode, ['live', 'simulator']) &&
    isOneOf(value.state, ['never', 'syncing', 'ok', 'stale']) &&
    isNullableString(value.lastSuccessAt) &&
    isNullableString(value.lastAttemptAt) &&
    isNullableNumber(value.lagSeconds) &&
    isNumber(value.records) &&
    isNullableString(value.lastError) &&
    isNullableString(value.retryAt) &&
    isNullableString(value.historySince) &&
    Array.isArray(value.problems) &&
    value.problems.every(isProblem) &&
    isNullableString(value.progress) &&
    (value.syncedBy === undefined || isString(value.syncedBy))
  )
}

const isSyncList = (value: unknown): boolean => Array.isArray(value) && value.every(isSourceSync)

// The calls are the server's own output, so only their container is checked (either form).
const CallsPageShape = shape<CallsPage<Call>>(
  (value) =>
    isObject(value) &&
    Array.isArray(value.calls) &&
    value.calls.every(isObject) &&
    isNullableString(value.nextCursor) &&
    (value.total === null ||
      (isObject(value.total) && isNumber(value.total.count) && typeof value.total.exact === 'boolean')) &&
    isSyncList(value.sync) &&
    isString(value.now),
)

export type SyncAnswer = { sources: SourceSync[]; now: string }
const SyncAnswerShape = shape<SyncAnswer>(
  (value) => isObject(value) && isSyncList(value.sources) && isString(value.now),
)

/** The server's error body, `{ error: { message } }`; null when the body is anything else. */
function errorMessage(body: unknown): string | null {
  return isObject(body) && isObject(body.error) && isString(body.error.message) ? body.error.message : null
}

/** GETs a JSON answer of the index API and checks its shape; every reader of `/api/calls…` uses it. */
export async function readJson<T>(url: string, schema: AnswerShape<T>, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new TypeError('The server could not be reached. Check the connection and try again.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message =
      errorMessage(body) ??
      `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.')
    throw new HttpError(message, response.status, readRetryAfter(response.headers, new Date()))
  }
  const parsed = schema.safeParse(body)
  // An answer of the wrong shape means this page's code and the server's differ (a deploy): asking again
  // gets the same answer, and reloading the page is what helps.
  if (!parsed.success)
    throw new HttpError(
      'The server’s answer was not in the expected shape; reload the page to retry.',
      502,
      null,
      false,
    )
  return parsed.data
}

/** Reads one page of `/api/calls`; throws HttpError (or TypeError when the server is unreachable). */
export type CallsPageFetcher<C extends ListedCall = ListedCall> = (
  query: CallsQuery,
  signal?: AbortSignal,
) => Promise<CallsPage<C>>

export function callsPageUrl(query: CallsQuery, form: CallForm = 'list'): string {
  const params = serializeCallsQuery(query)
  if (form !== 'list') params.set('form', form)
  return `/api/calls?${params.toString()}`
}

/** A page in the list form: what the calls table, its search and the latest-match hint read. */
export const fetchCallsPage: CallsPageFetcher = (query, signal) =>
  readJson(callsPageUrl(query), CallsPageShape, signal)

/** A page of whole calls (timeline and details too): the lead page shows each call's steps. */
export const fetchFullCallsPage: CallsPageFetcher<Call> = (query, signal) =>
  readJson(callsPageUrl(query, 'full'), CallsPageShape, signal)

export function fetchSync(signal?: AbortSignal): Promise<SyncAnswer> {
  return readJson('/api/sync', SyncAnswerShape, signal)
}

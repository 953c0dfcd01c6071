import * as z from 'zod/mini'
import { SOURCES, type Call } from '../domain/call'
import { serializeCallsQuery, type CallsPage, type CallsQuery, type SourceSync } from '../domain/index-api'
import { HttpError } from './http-error'

/**
 * The SPA's one reader of the call index (`/api/calls`, `/api/sync`), for the calls page and the lead
 * page alike. A non-2xx answer becomes an HttpError carrying the server's own message (and Retry-After);
 * a body of the wrong shape becomes a plain error too, so a page never renders half-understood data.
 */

const Iso = z.string()
const NullableIso = z.nullable(Iso)

// The calls are the server's own output (built from the same domain types), so only their container
// is checked here; the sync notes are read field by field, so they are checked in full.
const CallShape = z.custom<Call>((value) => typeof value === 'object' && value !== null)

export const SourceSyncSchema = z.object({
  source: z.enum(SOURCES),
  mode: z.enum(['live', 'simulator']),
  state: z.enum(['never', 'syncing', 'ok', 'stale']),
  lastSuccessAt: NullableIso,
  lastAttemptAt: NullableIso,
  lagSeconds: z.nullable(z.number()),
  records: z.number(),
  lastError: z.nullable(z.string()),
  retryAt: NullableIso,
  historySince: NullableIso,
  problems: z.array(z.object({ recordId: z.nullable(z.string()), field: z.string(), message: z.string() })),
  progress: z.nullable(z.string()),
})

const CallsPageSchema = z.object({
  calls: z.array(CallShape),
  nextCursor: z.nullable(z.string()),
  total: z.nullable(z.object({ count: z.number(), exact: z.boolean() })),
  sync: z.array(SourceSyncSchema),
  now: Iso,
})

const SyncAnswerSchema = z.object({ sources: z.array(SourceSyncSchema), now: Iso })
export type SyncAnswer = { sources: SourceSync[]; now: string }

const ErrorBodySchema = z.object({ error: z.object({ message: z.string() }) })

/** GETs a JSON answer of the index API and checks its shape; every reader of `/api/calls…` uses it. */
export async function readJson<T>(url: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new TypeError('The server could not be reached. Check the connection and try again.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const said = ErrorBodySchema.safeParse(body)
    const message = said.success
      ? said.data.error.message
      : `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.')
    const retryAfter = Number(response.headers.get('retry-after'))
    throw new HttpError(
      message,
      response.status,
      null,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    )
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success)
    throw new HttpError('The server’s answer was not in the expected shape; reload the page to retry.', 502)
  return parsed.data
}

/** Reads one page of `/api/calls`; throws HttpError (or TypeError when the server is unreachable). */
export type CallsPageFetcher = (query: CallsQuery, signal?: AbortSignal) => Promise<CallsPage>

export function callsPageUrl(query: CallsQuery): string {
  return `/api/calls?${serializeCallsQuery(query).toString()}`
}

export const fetchCallsPage: CallsPageFetcher = (query, signal) =>
  readJson(callsPageUrl(query), CallsPageSchema, signal)

export function fetchSync(signal?: AbortSignal): Promise<SyncAnswer> {
  return readJson('/api/sync', SyncAnswerSchema, signal)
}

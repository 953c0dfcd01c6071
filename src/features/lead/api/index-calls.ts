import * as z from 'zod/mini'
import { SOURCES, type Call } from '../../../domain/call'
import { serializeCallsQuery, type CallsPage, type CallsQuery } from '../../../domain/index-api'
import { HttpError } from '../../../lib/http-error'

/**
 * The lead page's reader of the server's call index (`GET /api/calls`). The calls page has its own; a
 * feature never imports another's, and this one needs only the page, not `/api/sync` or the stream.
 */

/** Reads one page of `/api/calls`; throws HttpError (or TypeError when the server is unreachable). */
export type CallsPageFetcher = (query: CallsQuery, signal?: AbortSignal) => Promise<CallsPage>

const NullableIso = z.nullable(z.string())

// The calls are the server's own output, built from the same domain types: only their container is
// checked. The sync entries become notes field by field, so they are checked in full.
const CallShape = z.custom<Call>((value) => typeof value === 'object' && value !== null)

const SourceSyncSchema = z.object({
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
  now: z.string(),
})

const ErrorBodySchema = z.object({ error: z.object({ message: z.string() }) })

export function callsPageUrl(query: CallsQuery): string {
  return `/api/calls?${serializeCallsQuery(query).toString()}`
}

/** One page straight from the server (see createCachedCallsPage for the cached one the page uses). */
export async function fetchCallsPage(query: CallsQuery, signal?: AbortSignal): Promise<CallsPage> {
  let response: Response
  try {
    response = await fetch(callsPageUrl(query), { signal, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new TypeError('The server could not be reached. Check the connection and try again.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const said = ErrorBodySchema.safeParse(body)
    const retryAfter = Number(response.headers.get('retry-after'))
    throw new HttpError(
      said.success ? said.data.error.message : `The server answered ${response.status}.`,
      response.status,
      null,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    )
  }
  const parsed = CallsPageSchema.safeParse(body)
  if (!parsed.success) throw new HttpError('The call index answered in an unexpected shape.', 502)
  return parsed.data
}

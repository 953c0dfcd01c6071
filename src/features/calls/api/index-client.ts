import * as z from 'zod/mini'
import { SOURCES, type Call } from '../../../domain/call'
import {
  serializeCallsQuery,
  type CallsPage,
  type CallsQuery,
  type SourceSync,
} from '../../../domain/index-api'
import { HttpError } from '../../../lib/http-error'

/**
 * The SPA's one reader of the call index (`/api/calls`, `/api/sync`). A non-2xx answer becomes an
 * HttpError carrying the server's own message; a body of the wrong shape becomes a plain error too, so
 * the page never renders half-understood data.
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

async function readJson<T>(url: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
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
    throw new HttpError(message, response.status)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success)
    throw new HttpError('The server’s answer was not in the expected shape; reload the page to retry.', 502)
  return parsed.data
}

export function fetchCallsPage(query: CallsQuery, signal?: AbortSignal): Promise<CallsPage> {
  return readJson(`/api/calls?${serializeCallsQuery(query).toString()}`, CallsPageSchema, signal)
}

export function fetchSync(signal?: AbortSignal): Promise<SyncAnswer> {
  return readJson('/api/sync', SyncAnswerSchema, signal)
}

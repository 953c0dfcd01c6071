import type * as z from 'zod/mini'
import type { Call, Source } from '#domain/call'
import type { CallDetailResult } from '#domain/call-detail'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { ErrorDialect } from './describe-error'
import { refusesTheId } from './impossible-id'
import { issuesFromError, type Parsed } from './parse-records'
import { performRequest } from './perform-request'
import type { ReaderContext } from './reader-context'

/**
 * One record by its id: found, not found (404, or an id the provider refuses as malformed, which cannot
 * exist), a provider error, or a record that broke its schema.
 */
export type RecordResult<T> =
  | { kind: 'found'; record: Parsed<T> }
  | { kind: 'not_found' }
  | { kind: 'error'; error: SourceError }
  | { kind: 'invalid'; issues: DataIssue[]; raw: unknown }

/** `GET <path>` of one record, parsed with `schema`. */
export async function fetchRecord<S extends z.ZodMiniType>(
  source: Source,
  ctx: ReaderContext,
  path: string,
  schema: S,
  dialect: ErrorDialect,
  signal?: AbortSignal,
): Promise<RecordResult<z.infer<S>>> {
  const request = { source, method: 'GET', path } as const
  const outcome = await performRequest(source, ctx.fetcher, request, dialect, ctx.now, signal)
  if (!outcome.ok) {
    // The gateway's own 404 (a path segment that is no valid identifier) is "not found" as well.
    const missing = outcome.error.status === 404 || refusesTheId(outcome.error)
    return missing ? { kind: 'not_found' } : { kind: 'error', error: outcome.error }
  }
  const raw = outcome.response.body
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { kind: 'invalid', issues: issuesFromError(source, parsed.error, raw, ''), raw }
  return { kind: 'found', record: { value: parsed.data, raw } }
}

/** A single-record call (Leadping, Skipcall, CallingBox) as the call page's result. */
export function toCallDetail<T>(
  result: RecordResult<T>,
  map: (wire: T, raw: unknown) => Call,
): CallDetailResult {
  if (result.kind !== 'found') return result
  const call = map(result.record.value, result.record.raw)
  return { kind: 'found', detail: { call, events: [], truncated: false, issues: [] } }
}

/** How a provider serves one call at `GET /v1/calls/{id}` (Skipcall, CallingBox). */
export type V1CallEndpoint<S extends z.ZodMiniType> = {
  source: Source
  schema: S
  dialect: ErrorDialect
  toCall: (wire: z.infer<S>, raw: unknown) => Call
}

/** `GET /v1/calls/{id}` as the call page's result. */
export async function loadV1Call<S extends z.ZodMiniType>(
  endpoint: V1CallEndpoint<S>,
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  const { source, schema, dialect, toCall } = endpoint
  const path = `/v1/calls/${encodeURIComponent(id)}`
  return toCallDetail(await fetchRecord(source, ctx, path, schema, dialect, signal), toCall)
}

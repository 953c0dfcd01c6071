import type { CallDetailResult } from '#domain/call-detail'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { TranscriptSegment } from '#domain/transcript'
import { describeUnreadableBody } from '../adapter-kit/describe-error'
import { fetchRecord, loadV1Call, type V1CallEndpoint } from '../adapter-kit/fetch-record'
import type { PageResult } from '../adapter-kit/paged-reader'
import { issuesFromError, parseRecords } from '../adapter-kit/parse-records'
import { performRequest } from '../adapter-kit/perform-request'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { callingBoxErrorDialect } from './errors'
import { readCallingBoxCallFast } from './fast-read'
import { callingBoxCallToCall, callingBoxTranscript } from './to-call'
import {
  CallingBoxCallWireSchema,
  CallingBoxListEnvelopeWireSchema,
  CallingBoxTranscriptWireSchema,
} from './wire-schema'

function get(ctx: ReaderContext, path: string, signal?: AbortSignal) {
  const request = { source: 'callingbox', method: 'GET', path } as const
  return performRequest('callingbox', ctx.fetcher, request, callingBoxErrorDialect, ctx.now, signal)
}

/**
 * The list read from each response body. `GET /v1/calls` ignores every filter, so each new filter set
 * asks for the very same list (all 9,402 calls, 12.5 MB, at the benchmark's big scale). While the
 * fetcher answers from its cache (the SPA's React Query cache, while fresh) it hands back the same body
 * object, and the records are not validated and mapped again: the readers only filter the calls read
 * before. A new body (a refetch once stale, Live polling, a Retry, a fetcher without a cache) is read
 * anew. Entries live as long as their bodies; nothing here holds a body alive.
 */
const listsByBody = new WeakMap<object, PageResult<never>>()

function readCallList(status: number, body: unknown): PageResult<never> {
  const list = CallingBoxListEnvelopeWireSchema.safeParse(body)
  if (!list.success) {
    return {
      ok: false,
      error: describeUnreadableBody('callingbox', status, 'not a call list'),
      issues: issuesFromError('callingbox', list.error, body, ''),
    }
  }
  const parsed = parseRecords(
    'callingbox',
    CallingBoxCallWireSchema,
    list.data,
    '',
    'id',
    readCallingBoxCallFast,
  )
  const calls = parsed.records.map((record) => callingBoxCallToCall(record.value, record.raw))
  return { ok: true, calls, issues: parsed.issues, scanned: list.data.length, next: null }
}

/** The whole call list in one response (the only page). Callers must not change what it returns. */
export async function fetchCallingBoxCalls(
  ctx: ReaderContext,
  signal?: AbortSignal,
): Promise<PageResult<never>> {
  const outcome = await get(ctx, '/v1/calls', signal)
  if (!outcome.ok) return { ok: false, error: outcome.error, issues: [] }
  const body = outcome.response.body
  // performRequest lets only objects through; the check is for the type system.
  if (typeof body !== 'object' || body === null) return readCallList(outcome.response.status, body)
  const known = listsByBody.get(body)
  if (known) return known
  const result = readCallList(outcome.response.status, body)
  listsByBody.set(body, result)
  return result
}

const CALLINGBOX_CALL: V1CallEndpoint<typeof CallingBoxCallWireSchema> = {
  source: 'callingbox',
  schema: CallingBoxCallWireSchema,
  dialect: callingBoxErrorDialect,
  toCall: callingBoxCallToCall,
}

/** `GET /v1/calls/{id}` for the call page; 404 means "wrong id or wrong organization". */
export function loadCallingBoxCall(
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  return loadV1Call(CALLINGBOX_CALL, ctx, id, signal)
}

export type TranscriptResult =
  | { kind: 'found'; segments: TranscriptSegment[] }
  | { kind: 'not_found' }
  | { kind: 'error'; error: SourceError }
  | { kind: 'invalid'; issues: DataIssue[]; raw: unknown }

/** `GET /v1/calls/{id}/transcript`, loaded on its own so a missing transcript never hides the call. */
export async function loadCallingBoxTranscript(
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<TranscriptResult> {
  const path = `/v1/calls/${encodeURIComponent(id)}/transcript`
  const result = await fetchRecord(
    'callingbox',
    ctx,
    path,
    CallingBoxTranscriptWireSchema,
    callingBoxErrorDialect,
    signal,
  )
  if (result.kind !== 'found') return result
  return { kind: 'found', segments: callingBoxTranscript(result.record.value) }
}

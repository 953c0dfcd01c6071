import type { CallDetailResult } from '#domain/call-detail'
import { describeUnreadableBody } from '../adapter-kit/describe-error'
import { loadV1Call, type V1CallEndpoint } from '../adapter-kit/fetch-record'
import type { PageResult } from '../adapter-kit/paged-reader'
import { issuesFromError, parseRecords } from '../adapter-kit/parse-records'
import { performRequest } from '../adapter-kit/perform-request'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { skipcallErrorDialect } from './errors'
import { skipcallCallToCall } from './to-call'
import { SKIPCALL_PAGE_SIZE, skipcallListQuery } from './to-query'
import { SkipcallCallWireSchema, SkipcallListEnvelopeWireSchema } from './wire-schema'

/** One page of `GET /v1/calls`; the next page number, or null after the last one. */
export async function fetchSkipcallPage(
  ctx: ReaderContext,
  page: number,
  signal?: AbortSignal,
): Promise<PageResult<number>> {
  const size = ctx.pageSize ?? SKIPCALL_PAGE_SIZE
  const request = {
    source: 'skipcall',
    method: 'GET',
    path: '/v1/calls',
    query: skipcallListQuery(page, size),
  } as const
  const outcome = await performRequest(
    'skipcall',
    ctx.fetcher,
    request,
    skipcallErrorDialect,
    ctx.now,
    signal,
  )
  if (!outcome.ok) return { ok: false, error: outcome.error, issues: [] }
  const envelope = SkipcallListEnvelopeWireSchema.safeParse(outcome.response.body)
  if (!envelope.success) {
    const issues = issuesFromError('skipcall', envelope.error, outcome.response.body, '')
    return {
      ok: false,
      error: describeUnreadableBody('skipcall', outcome.response.status, 'not a call list'),
      issues,
    }
  }
  const parsed = parseRecords('skipcall', SkipcallCallWireSchema, envelope.data.data, 'data')
  const calls = parsed.records.map((record) => skipcallCallToCall(record.value, record.raw))
  const last = !envelope.data.meta.hasNextPage || envelope.data.data.length === 0
  return {
    ok: true,
    calls,
    issues: parsed.issues,
    scanned: envelope.data.data.length,
    next: last ? null : page + 1,
  }
}

const SKIPCALL_CALL: V1CallEndpoint<typeof SkipcallCallWireSchema> = {
  source: 'skipcall',
  schema: SkipcallCallWireSchema,
  dialect: skipcallErrorDialect,
  toCall: skipcallCallToCall,
}

/** `GET /v1/calls/{id}` for the call page (404 also when the call is outside the key's workspaces). */
export function loadSkipcallCall(
  ctx: ReaderContext,
  id: string,
  signal?: AbortSignal,
): Promise<CallDetailResult> {
  return loadV1Call(SKIPCALL_CALL, ctx, id, signal)
}

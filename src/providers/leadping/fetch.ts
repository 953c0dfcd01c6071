import type * as z from 'zod/mini'
import type { DataIssue } from '#domain/data-issue'
import type { ProviderRequest, SourceError } from '#domain/feed'
import { describeUnreadableBody } from '../adapter-kit/describe-error'
import { fetchRecord, type RecordResult } from '../adapter-kit/fetch-record'
import { issuesFromError, parseRecords, type Parsed } from '../adapter-kit/parse-records'
import { performRequest } from '../adapter-kit/perform-request'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { leadpingErrorDialect } from './errors'
import { LEADPING_PAGE_SIZE, type LeadpingRequestOptions } from './to-query'
import { LeadpingPagedEnvelopeWireSchema } from './wire-schema'

export type LeadpingPage<T> =
  | { ok: true; records: Parsed<T>[]; issues: DataIssue[]; scanned: number; next: string | null }
  | { ok: false; error: SourceError; issues: DataIssue[]; status: number | null }

const FIRST_PAGE: LeadpingRequestOptions = {
  pageSize: LEADPING_PAGE_SIZE,
  orderBy: [{ field: 'createdAt', direction: 'desc' }],
}

/** One page of a Leadping list: POST with RequestDataOptions, opaque `continuationToken` onwards. */
export async function fetchLeadpingPage<S extends z.ZodMiniType>(
  ctx: ReaderContext,
  path: string,
  itemSchema: S,
  body: LeadpingRequestOptions = FIRST_PAGE,
  signal?: AbortSignal,
): Promise<LeadpingPage<z.infer<S>>> {
  const request: ProviderRequest = { source: 'leadping', method: 'POST', path, body }
  const outcome = await performRequest(
    'leadping',
    ctx.fetcher,
    request,
    leadpingErrorDialect,
    ctx.now,
    signal,
  )
  if (!outcome.ok) return { ok: false, error: outcome.error, issues: [], status: outcome.error.status }
  const envelope = LeadpingPagedEnvelopeWireSchema.safeParse(outcome.response.body)
  if (!envelope.success) {
    const issues = issuesFromError('leadping', envelope.error, outcome.response.body, '')
    const error = describeUnreadableBody('leadping', outcome.response.status, 'not a paged list')
    return { ok: false, error, issues, status: outcome.response.status }
  }
  const parsed = parseRecords('leadping', itemSchema, envelope.data.items, 'items')
  const token = envelope.data.continuationToken ?? null
  // An empty token would ask for the first page again; treat it as the end.
  const next = token === null || token === '' ? null : token
  return {
    ok: true,
    records: parsed.records,
    issues: parsed.issues,
    scanned: envelope.data.items.length,
    next,
  }
}

/** One record by id (`GET /events/calls/{id}`, `GET /leads/{id}`, `GET /events/{id}`). */
export function fetchLeadpingRecord<S extends z.ZodMiniType>(
  ctx: ReaderContext,
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<RecordResult<z.infer<S>>> {
  return fetchRecord('leadping', ctx, path, schema, leadpingErrorDialect, signal)
}

import type { CallFilters } from '#domain/call-filters'
import type { SourceReader } from '#domain/feed-reader'
import { createPagedReader, type PageResult } from '../adapter-kit/paged-reader'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { fetchLeadpingPage, fetchLeadpingRecord } from './fetch'
import { leadpingCallToCall } from './to-call'
import { planLeadpingCallList, type LeadpingRequestOptions } from './to-query'
import { LeadpingCallEventWireSchema } from './wire-schema'

type ScanCursor = { token: string | null }
type LookupCursor = { phase: 'call' } | { phase: 'lead'; token: string | null }

async function scanPage(
  ctx: ReaderContext,
  path: string,
  body: LeadpingRequestOptions,
  cursor: ScanCursor,
  signal?: AbortSignal,
): Promise<PageResult<ScanCursor>> {
  const sized = ctx.pageSize === undefined ? body : { ...body, pageSize: ctx.pageSize }
  const request = cursor.token === null ? sized : { ...sized, continuationToken: cursor.token }
  const page = await fetchLeadpingPage(ctx, path, LeadpingCallEventWireSchema, request, signal)
  if (!page.ok) return page
  const calls = page.records.map((record) => leadpingCallToCall(record.value, record.raw))
  return { ...page, calls, next: page.next === null ? null : { token: page.next } }
}

/**
 * An id search: the call with that id (`GET /events/calls/{id}`), then the calls of the lead with that
 * id (`POST /events/calls/lead/{id}`). A 404 on either only means "not this kind of id".
 */
async function lookupPage(
  ctx: ReaderContext,
  id: string,
  cursor: LookupCursor,
  signal?: AbortSignal,
): Promise<PageResult<LookupCursor>> {
  const path = encodeURIComponent(id)
  if (cursor.phase === 'call') {
    const found = await fetchLeadpingRecord(ctx, `/events/calls/${path}`, LeadpingCallEventWireSchema, signal)
    if (found.kind === 'error') return { ok: false, error: found.error, issues: [] }
    const next: LookupCursor = { phase: 'lead', token: null }
    if (found.kind === 'invalid') return { ok: true, calls: [], issues: found.issues, scanned: 1, next }
    const calls = found.kind === 'found' ? [leadpingCallToCall(found.record.value, found.record.raw)] : []
    return { ok: true, calls, issues: [], scanned: calls.length, next }
  }
  const page = await scanPage(
    ctx,
    `/events/calls/lead/${path}`,
    { pageSize: 100, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
    { token: cursor.token },
    signal,
  )
  if (!page.ok) {
    if (page.error.status === 404) return { ok: true, calls: [], issues: page.issues, scanned: 0, next: null }
    return page
  }
  return { ...page, next: page.next === null ? null : { phase: 'lead', token: page.next.token } }
}

export function createLeadpingReader(ctx: ReaderContext, filters: CallFilters): SourceReader {
  const plan = planLeadpingCallList(filters)
  const clientUnit = plan.clientFilters.length > 0 ? 'calls' : null
  if (plan.kind === 'lookup') {
    return createPagedReader<LookupCursor>({
      source: 'leadping',
      filters,
      clientUnit,
      first: { phase: 'call' },
      fetchPage: (cursor, signal) => lookupPage(ctx, plan.id, cursor, signal),
      newestFirst: false,
    })
  }
  return createPagedReader<ScanCursor>({
    source: 'leadping',
    filters,
    clientUnit,
    first: { token: null },
    fetchPage: (cursor, signal) => scanPage(ctx, '/events/calls/all/my', plan.body, cursor, signal),
    newestFirst: true,
  })
}

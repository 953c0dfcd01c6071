import type { ActivityItem } from '#domain/activity'
import type { Call } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import type { Lead } from '#domain/lead'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { LeadpingEventWireSchema } from './event-schema'
import { fetchLeadpingPage, fetchLeadpingRecord } from './fetch'
import { LeadpingLeadWireSchema } from './lead-schema'
import { leadpingEventToActivity } from './to-activity'
import { leadpingCallToCall } from './to-call'
import { leadpingLeadToLead } from './to-lead'
import { LEADPING_PAGE_SIZE, type LeadpingRequestOptions } from './to-query'
import { LeadpingCallEventWireSchema } from './wire-schema'

export type LeadResult =
  | { kind: 'found'; lead: Lead }
  | { kind: 'not_found' }
  | { kind: 'error'; error: SourceError }
  | { kind: 'invalid'; issues: DataIssue[]; raw: unknown }

/** `GET /leads/{id}` for the lead page's header. */
export async function loadLeadpingLead(
  ctx: ReaderContext,
  leadId: string,
  signal?: AbortSignal,
): Promise<LeadResult> {
  const result = await fetchLeadpingRecord(
    ctx,
    `/leads/${encodeURIComponent(leadId)}`,
    LeadpingLeadWireSchema,
    signal,
  )
  if (result.kind !== 'found') return result
  return { kind: 'found', lead: leadpingLeadToLead(result.record.value, result.record.raw) }
}

export type CursorPage<T> =
  | { ok: true; items: T[]; issues: DataIssue[]; next: string | null }
  | { ok: false; error: SourceError; issues: DataIssue[] }

/** Newest first for the timeline; oldest first to find a lead's first contact (speed to lead). */
export type LeadPageOrder = 'newest' | 'oldest'

function body(ctx: ReaderContext, token: string | null, order: LeadPageOrder): LeadpingRequestOptions {
  const base: LeadpingRequestOptions = {
    pageSize: ctx.pageSize ?? LEADPING_PAGE_SIZE,
    orderBy: [{ field: 'createdAt', direction: order === 'newest' ? 'desc' : 'asc' }],
  }
  return token === null ? base : { ...base, continuationToken: token }
}

/**
 * One page of the lead's timeline (`POST /events/leads/{leadId}`), newest first unless `order` says
 * otherwise; `next` for more. `ctx.pageSize` picks a smaller page than the provider's maximum.
 */
export async function fetchLeadActivityPage(
  ctx: ReaderContext,
  leadId: string,
  token: string | null,
  signal?: AbortSignal,
  order: LeadPageOrder = 'newest',
): Promise<CursorPage<ActivityItem>> {
  const page = await fetchLeadpingPage(
    ctx,
    `/events/leads/${encodeURIComponent(leadId)}`,
    LeadpingEventWireSchema,
    body(ctx, token, order),
    signal,
  )
  if (!page.ok) return { ok: false, error: page.error, issues: page.issues }
  const items = page.records.map((record) => leadpingEventToActivity(record.value, record.raw))
  return { ok: true, items, issues: page.issues, next: page.next }
}

/** One page of the lead's calls (`POST /events/calls/lead/{leadId}`), newest first. */
export async function fetchLeadCallsPage(
  ctx: ReaderContext,
  leadId: string,
  token: string | null,
  signal?: AbortSignal,
): Promise<CursorPage<Call>> {
  const page = await fetchLeadpingPage(
    ctx,
    `/events/calls/lead/${encodeURIComponent(leadId)}`,
    LeadpingCallEventWireSchema,
    body(ctx, token, 'newest'),
    signal,
  )
  if (!page.ok) return { ok: false, error: page.error, issues: page.issues }
  const items = page.records.map((record) => leadpingCallToCall(record.value, record.raw))
  return { ok: true, items, issues: page.issues, next: page.next }
}

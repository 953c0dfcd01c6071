import { loadCallDetail } from '#providers/call-detail'
import { fetchLeadpingPage } from '#providers/leadping/fetch'
import { leadpingCallToCall } from '#providers/leadping/to-call'
import { LEADPING_PAGE_SIZE, type LeadpingRequestOptions } from '#providers/leadping/to-query'
import { LeadpingCallEventWireSchema } from '#providers/leadping/wire-schema'
import type { PageResult } from '#providers/adapter-kit/paged-reader'
import type { ReaderContext } from '#providers/adapter-kit/reader-context'
import { newestFirstSyncer } from './newest-first'

/** `token: null` is the first page; afterwards Leadping's opaque continuation token. */
type Token = { token: string | null }

async function page(ctx: ReaderContext, token: Token, signal: AbortSignal): Promise<PageResult<Token>> {
  const body: LeadpingRequestOptions = {
    pageSize: ctx.pageSize ?? LEADPING_PAGE_SIZE,
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    ...(token.token === null ? {} : { continuationToken: token.token }),
  }
  const result = await fetchLeadpingPage(
    ctx,
    '/events/calls/all/my',
    LeadpingCallEventWireSchema,
    body,
    signal,
  )
  if (!result.ok) return { ok: false, error: result.error, issues: result.issues }
  const calls = result.records.map((record) => leadpingCallToCall(record.value, record.raw))
  return {
    ok: true,
    calls,
    issues: result.issues,
    scanned: result.scanned,
    next: result.next === null ? null : { token: result.next },
  }
}

/** Leadping: `POST /events/calls/all/my`, newest first by createdAt, page after page by token. */
export function leadpingSyncer(intervalMs = 15_000) {
  return newestFirstSyncer<Token>({
    source: 'leadping',
    first: { token: null },
    fetchPage: page,
    loadOne: (ctx, id, signal) => loadCallDetail(ctx.fetcher, 'leadping', id, ctx.now, signal),
    intervalMs,
    fullPassEveryMs: 60 * 60_000,
  })
}

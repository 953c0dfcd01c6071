import type { DataIssue } from '../../domain/data-issue'
import type { SourceError } from '../../domain/feed'
import { describeUnreadableBody } from '../adapter-kit/describe-error'
import { issuesFromError, parseRecords } from '../adapter-kit/parse-records'
import { performRequest } from '../adapter-kit/perform-request'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { TelnyxCallControlRecordWireSchema } from './detail-record-schema'
import type { DetailRecord } from './detail-record-to-call'
import { telnyxErrorDialect } from './errors'
import { TELNYX_PAGE_SIZE } from './to-query'
import { TelnyxListEnvelopeWireSchema, type TelnyxPageMetaWire } from './wire-schema'

/** Started-at bounds of a backfill window: `startedGte` ≤ started_at < `startedLt` (ISO instants). */
export type DetailRecordRange = { startedGte: string; startedLt: string }

export type DetailRecordPage =
  | { ok: true; records: DetailRecord[]; issues: DataIssue[]; meta: TelnyxPageMetaWire }
  | { ok: false; error: SourceError; issues: DataIssue[] }

/**
 * The query for one page of call-control records, newest first. Keys keep their literal brackets as
 * the call_events queries do (./to-query); call-control records have no `created_at`, so the window and
 * the order are on `started_at`.
 */
export function detailRecordsQueryString(range: DetailRecordRange, page: number, size: number): string {
  const pairs: [string, string][] = [
    ['filter[record_type]', 'call-control'],
    ['filter[started_at][gte]', range.startedGte],
    ['filter[started_at][lt]', range.startedLt],
    ['sort', '-started_at'],
    ['page[number]', String(page)],
    ['page[size]', String(size)],
  ]
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')
}

/**
 * One page of `GET /v2/detail_records?filter[record_type]=call-control`, each record parsed on its own:
 * a malformed record becomes DataIssues naming its field and the good ones are kept.
 */
export async function fetchDetailRecordPage(
  ctx: ReaderContext,
  range: DetailRecordRange,
  page: number,
  signal?: AbortSignal,
): Promise<DetailRecordPage> {
  const size = ctx.pageSize ?? TELNYX_PAGE_SIZE
  const outcome = await performRequest(
    'telnyx',
    ctx.fetcher,
    {
      source: 'telnyx',
      method: 'GET',
      path: '/v2/detail_records',
      query: detailRecordsQueryString(range, page, size),
    },
    telnyxErrorDialect,
    ctx.now,
    signal,
  )
  if (!outcome.ok) return { ok: false, error: outcome.error, issues: [] }
  const envelope = TelnyxListEnvelopeWireSchema.safeParse(outcome.response.body)
  if (!envelope.success) {
    return {
      ok: false,
      error: describeUnreadableBody('telnyx', outcome.response.status, 'not a detail record list'),
      issues: issuesFromError('telnyx', envelope.error, outcome.response.body, ''),
    }
  }
  const parsed = parseRecords('telnyx', TelnyxCallControlRecordWireSchema, envelope.data.data, 'data')
  return { ok: true, records: parsed.records, issues: parsed.issues, meta: envelope.data.meta }
}

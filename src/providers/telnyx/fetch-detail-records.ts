import type { DataIssue } from '#domain/data-issue'
import type { SourceError } from '#domain/feed'
import { parseRecords } from '../adapter-kit/parse-records'
import type { ReaderContext } from '../adapter-kit/reader-context'
import { TelnyxCallControlRecordWireSchema } from './detail-record-schema'
import type { DetailRecord } from './detail-record-to-call'
import { TELNYX_PAGE_SIZE } from './to-query'
import { fetchTelnyxList } from './fetch-list'
import type { TelnyxPageMetaWire } from './wire-schema'

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
  const list = await fetchTelnyxList(
    ctx,
    '/v2/detail_records',
    detailRecordsQueryString(range, page, size),
    'not a detail record list',
    signal,
  )
  if (!list.ok) return list
  const parsed = parseRecords('telnyx', TelnyxCallControlRecordWireSchema, list.items, 'data')
  return { ok: true, records: parsed.records, issues: parsed.issues, meta: list.meta }
}

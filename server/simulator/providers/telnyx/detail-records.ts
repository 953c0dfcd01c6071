import { json } from '../../http'
import type { SimContext } from '../../sim-context'
import { isoSeconds, US_PER_SEC } from '../../time'
import { buildDetailRecordsWhere, DetailRecordError } from './detail-records-query'
import { loadLegs, type LegInfo } from './leg-lookup'
import { callControlId } from './metadata'
import { BoundedCache, dataVersion, perContext } from './page-cache'
import { pageMeta, pageParams, TelnyxParamError } from './params'
import { CONN, CONNECTIONS, DIRECTION } from './vocab'

/**
 * `GET /v2/detail_records` (Detail Record Search) for `call-control` records: one record per leg,
 * written when the leg finishes, over the whole history (no 24-hour window, unlike call_events).
 * Fields follow the published webrtc record example and the SDK's note on call-control times; see
 * docs/decisions/telnyx-detail-records.md. Telnyx does not document hangup causes on these records, so
 * none are sent.
 */

/** Per-minute rates in ten-thousandths of a dollar (inferred; only the shape of `rate` is documented). */
const RATE = { inbound: 35, outbound: 70 } as const

/** Totals by query: paging through a month asks the same COUNT once, not once per page. */
const countCache = perContext(() => new BoundedCache<number>(64 * 1024))

function serialize(leg: LegInfo) {
  const direction = leg.direction === DIRECTION.incoming ? 'inbound' : 'outbound'
  const answered = leg.answer_us !== null
  const callSec = leg.answer_us === null ? 0 : Math.round((leg.end_us - leg.answer_us) / US_PER_SEC)
  // Billed per started minute, as the example's 50 s → 60 s shows.
  const billedSec = answered ? Math.ceil(callSec / 60) * 60 : 0
  const rate = RATE[direction]
  return {
    id: leg.uuid,
    record_type: 'call-control',
    session_id: leg.session_uuid,
    telnyx_leg_id: leg.uuid,
    telnyx_call_control_id: callControlId(leg.uuid),
    cli: leg.from_e164,
    cld: leg.to_e164,
    caller_name: leg.caller_name ?? '',
    direction,
    started_at: isoSeconds(leg.start_us),
    answered_at: leg.answer_us === null ? null : isoSeconds(leg.answer_us),
    finished_at: isoSeconds(leg.end_us),
    call_sec: callSec,
    billed_sec: billedSec,
    rate: (rate / 10_000).toFixed(4),
    cost: (((billedSec / 60) * rate) / 10_000).toFixed(4),
    currency: 'USD',
    connection_name: CONNECTIONS[leg.conn]?.name ?? '',
    tags: leg.conn === CONN.dialer ? 'dialer,fall-rebate-2026' : 'inbound',
  }
}

export function listDetailRecords(ctx: SimContext, url: URL): Response {
  let where
  let page
  try {
    where = buildDetailRecordsWhere(url.searchParams, ctx.clock.dataUs())
    page = pageParams(url.searchParams)
  } catch (error) {
    if (error instanceof DetailRecordError || error instanceof TelnyxParamError) return error.toResponse()
    throw error
  }
  if (where.recordType !== 'call-control') return json({ data: [], meta: pageMeta(0, page) })
  const key = `${dataVersion(ctx)}|${where.sql}|${where.args.join(',')}`
  let total = countCache(ctx).get(key)
  if (total === undefined) {
    total = (
      ctx.prepare(`SELECT COUNT(*) AS n FROM tx_legs l WHERE ${where.sql}`).get(...where.args) as {
        n: number
      }
    ).n
    countCache(ctx).set(key, total, key.length + 16)
  }
  const offset = (page.number - 1) * page.size
  // Ids first, from the (start_us, end_us) index alone; the joins run for this page's legs only.
  // Ties on start_us are broken in the index's own order (end_us, then id), so no sort is needed.
  const ids =
    offset >= total
      ? []
      : (
          ctx
            .prepare(
              `SELECT l.id FROM tx_legs l WHERE ${where.sql}
                ORDER BY l.start_us ${where.order}, l.end_us ${where.order}, l.id ${where.order}
                LIMIT ? OFFSET ?`,
            )
            .all(...where.args, page.size, offset) as { id: number }[]
        ).map((row) => row.id)
  const legs = loadLegs(ctx, ids)
  const data = ids.flatMap((id) => {
    const leg = legs.get(id)
    return leg ? [serialize(leg)] : []
  })
  return json({ data, meta: pageMeta(total, page) })
}

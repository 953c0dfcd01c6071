import type { SimContext } from '../../sim-context'
import { isoMicros } from '../../time'
import { json } from '../../http'
import { buildEventsWhere } from './call-events-query'
import { loadLegs, makeResolver } from './leg-lookup'
import { buildMetadata, type EventRow } from './metadata'
import { pageMeta, pageParams, TelnyxParamError } from './params'
import { EVENT_NAMES } from './vocab'

/** `GET /v2/call_events`: events ordered by occurred_at (then by id), page-numbered. */
export function listCallEvents(ctx: SimContext, url: URL, origin: string): Response {
  let where
  let page
  try {
    page = pageParams(url.searchParams)
    where = buildEventsWhere(url.searchParams, ctx.clock.dataUs(), makeResolver(ctx))
  } catch (error) {
    if (error instanceof TelnyxParamError) return error.toResponse()
    throw error
  }
  const total = where.empty
    ? 0
    : (
        ctx.prepare(`SELECT COUNT(*) AS n FROM tx_events e WHERE ${where.sql}`).get(...where.args) as {
          n: number
        }
      ).n
  const offset = (page.number - 1) * page.size
  const rows =
    where.empty || offset >= total
      ? []
      : (ctx
          .prepare(
            `SELECT e.id, e.occurred_us, e.leg_id, e.name, e.type, e.failed, e.attempt FROM tx_events e WHERE ${where.sql}
              ORDER BY e.occurred_us, e.id LIMIT ? OFFSET ?`,
          )
          .all(...where.args, page.size, offset) as EventRow[])
  const legs = loadLegs(
    ctx,
    rows.map((row) => row.leg_id),
  )
  const data = rows.flatMap((row) => {
    const leg = legs.get(row.leg_id)
    if (!leg) return []
    return [
      {
        record_type: 'call_event',
        call_leg_id: leg.uuid,
        call_session_id: leg.session_uuid,
        event_timestamp: isoMicros(row.occurred_us),
        name: EVENT_NAMES.get(row.name) ?? 'call.unknown',
        type: row.type === 1 ? 'command' : 'webhook',
        metadata: buildMetadata(ctx, row, leg, origin),
      },
    ]
  })
  return json({ data, meta: pageMeta(total, page) })
}

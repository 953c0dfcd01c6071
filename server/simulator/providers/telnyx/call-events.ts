import type { SimContext } from '../../sim-context'
import { isoMicros } from '../../time'
import { buildEventsWhere } from './call-events-query'
import { loadLegs, makeResolver } from './leg-lookup'
import { buildMetadata, type EventRow } from './metadata'
import { pageMeta, pageParams, TelnyxParamError } from './params'
import { EV, EVENT_NAMES } from './vocab'

/**
 * Serialized events, by event id. An event never changes once it has happened, so its JSON can be
 * reused across requests; this keeps a 250-event page cheap under load. `call.recording.saved` is not
 * cached: its payload carries a freshly signed, expiring link for the requesting host.
 */
const CACHE_LIMIT = 20_000
const caches = new WeakMap<SimContext, Map<number, string>>()

function cacheFor(ctx: SimContext): Map<number, string> {
  let cache = caches.get(ctx)
  if (!cache) {
    cache = new Map()
    caches.set(ctx, cache)
  }
  return cache
}

function remember(cache: Map<number, string>, id: number, json: string): void {
  if (cache.size >= CACHE_LIMIT) {
    let drop = CACHE_LIMIT / 10
    for (const key of cache.keys()) {
      cache.delete(key)
      if (--drop <= 0) break
    }
  }
  cache.set(id, json)
}

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
  const cache = cacheFor(ctx)
  const legs = loadLegs(
    ctx,
    rows.filter((row) => !cache.has(row.id)).map((row) => row.leg_id),
  )
  const items: string[] = []
  for (const row of rows) {
    const cached = cache.get(row.id)
    if (cached) {
      items.push(cached)
      continue
    }
    const leg = legs.get(row.leg_id)
    if (!leg) continue
    const json = JSON.stringify({
      record_type: 'call_event',
      call_leg_id: leg.uuid,
      call_session_id: leg.session_uuid,
      event_timestamp: isoMicros(row.occurred_us),
      name: EVENT_NAMES.get(row.name) ?? 'call.unknown',
      type: row.type === 1 ? 'command' : 'webhook',
      metadata: buildMetadata(ctx, row, leg, origin),
    })
    if (row.name !== EV.recordingSaved) remember(cache, row.id, json)
    items.push(json)
  }
  return new Response(`{"data":[${items.join(',')}],"meta":${JSON.stringify(pageMeta(total, page))}}`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

import { telnyxSigningTime } from '../../media/sign'
import type { SimContext } from '../../sim-context'
import { isoMicros } from '../../time'
import { buildEventsWhere, type EventsWhere } from './call-events-query'
import { loadLegs, makeResolver, type LegInfo } from './leg-lookup'
import { buildMetadata, type EventRow } from './metadata'
import { BoundedCache, dataVersion, perContext } from './page-cache'
import { pageMeta, pageParams, TelnyxParamError } from './params'
import { EV, EVENT_NAMES } from './vocab'

/**
 * Serialized events, by event id. An event never changes once it has happened, so its JSON can be
 * reused across requests and pages. `call.recording.saved` is not cached: its payload carries a freshly
 * signed, expiring link for the requesting host.
 */
const CACHE_LIMIT = 20_000
const eventCache = perContext(() => new Map<number, string>())

/**
 * Whole pages, serialized and keyed by everything that decides their content: the data version
 * (page-cache.ts), the query (whose parameters include the data clock, so the 24-hour window moving
 * makes a new key) and the page. One Node thread answers every request, so under concurrent load each
 * request waits for the service time of those ahead of it; a repeated page costs no query and no
 * serialization. Recording events stay slots whose links are signed for each origin and second.
 */
const pageCache = perContext(() => new BoundedCache<Page>(32 * 1024 * 1024))
/** Totals by query: a later page of the same query skips the COUNT over the whole window. */
const countCache = perContext(() => new BoundedCache<number>(64 * 1024))

type Slot = { row: EventRow; leg: LegInfo }
/** The serialized page around its recording events, and its last rendering (see render). */
type Page = {
  parts: (string | Slot)[]
  size: number
  rendered?: { key: string; body: Uint8Array<ArrayBuffer> }
}

const utf8 = new TextEncoder()

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

function eventJson(ctx: SimContext, row: EventRow, leg: LegInfo, origin: string): string {
  return JSON.stringify({
    record_type: 'call_event',
    call_leg_id: leg.uuid,
    call_session_id: leg.session_uuid,
    event_timestamp: isoMicros(row.occurred_us),
    name: EVENT_NAMES.get(row.name) ?? 'call.unknown',
    type: row.type === 1 ? 'command' : 'webhook',
    metadata: buildMetadata(ctx, row, leg, origin),
  })
}

function countEvents(ctx: SimContext, where: EventsWhere, queryKey: string): number {
  if (where.empty) return 0
  const known = countCache(ctx).get(queryKey)
  if (known !== undefined) return known
  const sql = `SELECT COUNT(*) AS n FROM tx_events e WHERE ${where.sql}`
  const { n } = ctx.prepare(sql).get(...where.args) as { n: number }
  countCache(ctx).set(queryKey, n, queryKey.length + 16)
  return n
}

/** Runs the queries and serializes everything but the recording events, which become slots. */
function buildPage(ctx: SimContext, where: EventsWhere, page: { number: number; size: number }, key: string) {
  const total = countEvents(ctx, where, key)
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
  const cache = eventCache(ctx)
  const legs = loadLegs(
    ctx,
    rows.filter((row) => !cache.has(row.id)).map((row) => row.leg_id),
  )
  const parts: Page['parts'] = []
  let run = '{"data":['
  let first = true
  for (const row of rows) {
    let json = cache.get(row.id)
    const leg = json === undefined ? legs.get(row.leg_id) : undefined
    if (json === undefined && !leg) continue
    if (!first) run += ','
    first = false
    if (leg && row.name === EV.recordingSaved) {
      parts.push(run, { row, leg })
      run = ''
      continue
    }
    if (json === undefined && leg) {
      json = eventJson(ctx, row, leg, '')
      remember(cache, row.id, json)
    }
    run += json
  }
  parts.push(`${run}],"meta":${JSON.stringify(pageMeta(total, page))}}`)
  return {
    parts,
    size: parts.reduce((sum, part) => sum + (typeof part === 'string' ? part.length : 2048), 0),
  }
}

/**
 * The page's bytes for this request. Recording links are signed for the asking origin at the current
 * second, and a link signed again within the same second is the same string, so the last rendering is
 * reused while origin and signing second match: byte for byte what a fresh rendering would give, never
 * an older link. A page without recording events is rendered once. Either way a repeated page costs no
 * new 250 kB buffer, which under load costs more than the serialization it saves.
 */
function render(ctx: SimContext, page: Page, origin: string): Uint8Array<ArrayBuffer> {
  const key = page.parts.length === 1 ? '' : `${telnyxSigningTime(ctx)} ${origin}`
  if (page.rendered?.key === key) return page.rendered.body
  const text = page.parts
    .map((part) => (typeof part === 'string' ? part : eventJson(ctx, part.row, part.leg, origin)))
    .join('')
  page.rendered = { key, body: utf8.encode(text) }
  return page.rendered.body
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
  const queryKey = `${dataVersion(ctx)}|${where.empty}|${where.sql}|${where.args.join(',')}`
  const pageKey = `${queryKey}|${page.number}|${page.size}`
  let built = pageCache(ctx).get(pageKey)
  if (!built) {
    built = buildPage(ctx, where, page, queryKey)
    // The text and its encoded rendering are both kept.
    pageCache(ctx).set(pageKey, built, 2 * built.size)
  }
  return bytesResponse(render(ctx, built, origin))
}

/**
 * The page as a one-chunk stream. A Response built from bytes copies them (undici's extractBody) the
 * moment the gateway reads its body; a stream hands the same bytes over, so a cached page reaches the
 * socket without a copy. Nothing downstream writes to the chunk or transfers its buffer.
 */
function bytesResponse(body: Uint8Array<ArrayBuffer>): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body)
      controller.close()
    },
  })
  return new Response(stream, { headers: { 'content-type': 'application/json; charset=utf-8' } })
}

import { json } from '../../http'
import type { SimContext } from '../../sim-context'
import { isoMicros, isoMillis } from '../../time'
import { telnyxError } from '../../errors'
import { callControlId, recordingUrl } from './metadata'
import { dateParam, pageMeta, pageParams, TelnyxParamError } from './params'
import { CONNECTIONS } from './vocab'

type RecordingRow = {
  id: number
  uuid: string
  leg_uuid: string
  session_uuid: string
  conn: number
  from_e164: string
  to_e164: string
  created_us: number
  started_us: number
  ended_us: number
  media: number
}

const SELECT = `SELECT r.id, r.uuid, l.uuid AS leg_uuid, s.uuid AS session_uuid, r.conn, nf.e164 AS from_e164,
  nt.e164 AS to_e164, r.created_us, r.started_us, r.ended_us, r.media FROM tx_recordings r
  JOIN tx_legs l ON l.id = r.leg_id JOIN tx_sessions s ON s.id = r.session_id
  JOIN numbers nf ON nf.id = r.from_id JOIN numbers nt ON nt.id = r.to_id`

/** A Telnyx `Recording` (SDK recordings.d.ts). `download_urls` are presigned and expire after 10 minutes. */
function serialize(ctx: SimContext, row: RecordingRow, origin: string) {
  return {
    id: row.uuid,
    record_type: 'recording',
    call_control_id: callControlId(row.leg_uuid),
    call_leg_id: row.leg_uuid,
    call_session_id: row.session_uuid,
    channels: 'dual',
    conference_id: null,
    connection_id: CONNECTIONS[row.conn]?.id ?? '',
    created_at: isoMillis(row.created_us),
    updated_at: isoMillis(row.created_us),
    download_urls: { wav: recordingUrl(ctx, origin, row.uuid, row.media) },
    duration_millis: Math.round((row.ended_us - row.started_us) / 1000),
    from: row.from_e164,
    to: row.to_e164,
    initiated_by: 'StartCallRecordingAPI',
    recording_started_at: isoMicros(row.started_us),
    recording_ended_at: isoMicros(row.ended_us),
    source: 'call',
    status: 'completed',
  }
}

/** `GET /v2/recordings`: newest first (the order is undocumented; newest first is what Telnyx's portal shows). */
export function listRecordings(ctx: SimContext, url: URL, origin: string): Response {
  const p = url.searchParams
  const clauses = ['r.created_us <= ?']
  const args: (string | number)[] = [ctx.clock.dataUs()]
  let page
  try {
    page = pageParams(p)
    for (const [op, sql] of [
      ['gte', '>='],
      ['lte', '<='],
    ] as const) {
      const at = dateParam(p, `filter[created_at][${op}]`)
      if (at !== null) {
        clauses.push(`r.created_us ${sql} ?`)
        args.push(at)
      }
    }
  } catch (error) {
    if (error instanceof TelnyxParamError) return error.toResponse()
    throw error
  }
  const exact: [string, string][] = [
    ['filter[call_session_id]', 's.uuid'],
    ['filter[call_leg_id]', 'l.uuid'],
    ['filter[from]', 'nf.e164'],
    ['filter[to]', 'nt.e164'],
  ]
  for (const [param, column] of exact) {
    const value = p.get(param)
    if (value === null) continue
    clauses.push(`${column} = ?`)
    args.push(value)
  }
  const connection = p.get('filter[connection_id]')
  if (connection !== null) clauses.push(`r.conn = ${CONNECTIONS.findIndex((c) => c.id === connection)}`)
  const where = clauses.join(' AND ')
  // Join only what the filters need: counting every recording through four joins is slow at scale.
  const joins = [
    where.includes('l.') ? 'JOIN tx_legs l ON l.id = r.leg_id' : '',
    where.includes('s.') ? 'JOIN tx_sessions s ON s.id = r.session_id' : '',
    where.includes('nf.') ? 'JOIN numbers nf ON nf.id = r.from_id' : '',
    where.includes('nt.') ? 'JOIN numbers nt ON nt.id = r.to_id' : '',
  ].join(' ')
  const countSql = `SELECT COUNT(*) AS n FROM tx_recordings r ${joins} WHERE ${where}`
  const total = (ctx.prepare(countSql).get(...args) as { n: number }).n
  const rows = ctx
    .prepare(`${SELECT} WHERE ${where} ORDER BY r.created_us DESC, r.id DESC LIMIT ? OFFSET ?`)
    .all(...args, page.size, (page.number - 1) * page.size) as RecordingRow[]
  return json({ data: rows.map((row) => serialize(ctx, row, origin)), meta: pageMeta(total, page) })
}

export function getRecording(ctx: SimContext, id: string, origin: string): Response {
  const row = ctx.prepare(`${SELECT} WHERE r.uuid = ? AND r.created_us <= ?`).get(id, ctx.clock.dataUs()) as
    RecordingRow | undefined
  if (!row) return telnyxError(404, '10005', 'Resource not found', `Recording ${id} was not found.`)
  return json({ data: serialize(ctx, row, origin) })
}

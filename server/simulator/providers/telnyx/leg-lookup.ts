import type { SimContext } from '../../sim-context'

/** A leg as the serializers need it: ids, parties and outcome, plus its session and recording. */
export type LegInfo = {
  id: number
  uuid: string
  session_uuid: string
  conn: number
  direction: number
  from_e164: string
  to_e164: string
  start_us: number
  answer_us: number | null
  end_us: number
  hangup_cause: number
  hangup_source: number
  sip_code: number
  amd: number
  caller_name: string | null
  lead_uuid: string | null
  lead_hostile: number | null
  rec_uuid: string | null
  rec_started_us: number | null
  rec_ended_us: number | null
  rec_media: number | null
}

const LEG_SQL = `SELECT l.id, l.uuid, s.uuid AS session_uuid, l.conn, l.direction, nf.e164 AS from_e164, nt.e164 AS to_e164,
  l.start_us, l.answer_us, l.end_us, l.hangup_cause, l.hangup_source, l.sip_code, l.amd, l.caller_name,
  ld.uuid AS lead_uuid, ld.hostile AS lead_hostile, r.uuid AS rec_uuid, r.started_us AS rec_started_us,
  r.ended_us AS rec_ended_us, r.media AS rec_media
  FROM tx_legs l JOIN tx_sessions s ON s.id = l.session_id
  JOIN numbers nf ON nf.id = l.from_id JOIN numbers nt ON nt.id = l.to_id
  LEFT JOIN leads ld ON ld.id = l.lead_id LEFT JOIN tx_recordings r ON r.leg_id = l.id
  WHERE l.id IN (SELECT value FROM json_each(?))`

export function loadLegs(ctx: SimContext, ids: Iterable<number>): Map<number, LegInfo> {
  const list = [...new Set(ids)]
  const rows = list.length === 0 ? [] : (ctx.prepare(LEG_SQL).all(JSON.stringify(list)) as LegInfo[])
  return new Map(rows.map((row) => [row.id, row]))
}

export function makeResolver(ctx: SimContext) {
  return {
    legIdByUuid: (uuid: string) =>
      (ctx.prepare('SELECT id FROM tx_legs WHERE uuid = ?').get(uuid) as { id: number } | undefined)?.id ??
      null,
    legIdsBySession: (uuid: string) =>
      (
        ctx
          .prepare('SELECT l.id FROM tx_legs l JOIN tx_sessions s ON s.id = l.session_id WHERE s.uuid = ?')
          .all(uuid) as { id: number }[]
      ).map((row) => row.id),
    numberId: (e164: string) =>
      (ctx.prepare('SELECT id FROM numbers WHERE e164 = ?').get(e164) as { id: number } | undefined)?.id ??
      null,
  }
}

import { CB_AGENTS, transcriptFor } from '../../seed/callingbox-content'
import type { SimContext } from '../../sim-context'
import { isoMillis } from '../../time'

export type CallingboxRow = {
  id: number
  uuid: string
  agent_uuid: string
  lead_hostile: number | null
  to_number: string
  from_number: string
  direction: string
  status: string
  prompt: string
  context: string
  returns: string
  result: string
  result_status: string
  result_error: string | null
  language: string
  webhook_url: string | null
  webhook_status: string
  webhook_error: string | null
  created_us: number
  started_us: number | null
  answered_us: number | null
  ended_us: number | null
  billed_seconds: number | null
  billing_milli_cents: number | null
  error_code: string | null
  error_message: string | null
  hangup_cause: string | null
  answered_by: string | null
  metadata: string
}

export const CALLINGBOX_SELECT = `SELECT b.*, ld.hostile AS lead_hostile FROM cb_calls b LEFT JOIN leads ld ON ld.id = b.lead_id`

/** The call's state as of the data clock: queued → initiated → ringing → in_progress → final. */
export function liveState(row: CallingboxRow, now: number) {
  const at = (us: number | null) => (us !== null && us <= now ? us : null)
  const started = at(row.started_us)
  const answered = at(row.answered_us)
  const ended = at(row.ended_us)
  let status = row.status
  if (ended === null && row.status !== 'queued') {
    status =
      answered !== null
        ? 'in_progress'
        : started !== null
          ? 'ringing'
          : row.created_us + 1_000_000 <= now
            ? 'initiated'
            : 'queued'
  }
  return { status, started, answered, ended }
}

/** A CallingBox call exactly as the "Get a call by ID" page shows it, plus `agent_id` and `answered_by`. */
export function serializeCallingbox(ctx: SimContext, row: CallingboxRow): Record<string, unknown> {
  const s = liveState(row, ctx.clock.dataUs())
  const done = s.ended !== null
  const iso = (us: number | null) => (us === null ? null : isoMillis(us))
  return {
    id: row.uuid,
    agent_id: row.agent_uuid,
    to_number: row.to_number,
    from_number: row.from_number,
    status: s.status,
    direction: row.direction,
    prompt: row.prompt,
    context: JSON.parse(row.context) as unknown,
    returns: JSON.parse(row.returns) as unknown,
    result: done ? (JSON.parse(row.result) as unknown) : {},
    result_status: done ? row.result_status : 'pending',
    result_error: done ? row.result_error : null,
    language: row.language,
    webhook_url: row.webhook_url,
    webhook_status: done ? row.webhook_status : 'pending',
    webhook_error: done ? row.webhook_error : null,
    created_at: isoMillis(row.created_us),
    started_at: iso(s.started),
    answered_at: iso(s.answered),
    ended_at: iso(s.ended),
    duration_seconds:
      done && s.started !== null && s.ended !== null ? Math.round((s.ended - s.started) / 1e6) : null,
    billed_duration_seconds: done ? row.billed_seconds : null,
    billing_amount_milli_cents: done ? row.billing_milli_cents : null,
    reservation_status: done ? (row.billed_seconds ? 'settled' : 'released') : 'reserved',
    error_code: done ? row.error_code : null,
    error_message: done ? row.error_message : null,
    hangup_cause: done ? row.hangup_cause : null,
    answered_by: s.answered !== null ? row.answered_by : null,
    metadata: JSON.parse(row.metadata) as unknown,
    updated_at: isoMillis(Math.max(row.created_us, s.ended ?? s.answered ?? s.started ?? row.created_us)),
  }
}

export function serializeTranscript(ctx: SimContext, row: CallingboxRow): Record<string, unknown> {
  const s = liveState(row, ctx.clock.dataUs())
  const agent = CB_AGENTS.find((a) => a.uuid === row.agent_uuid) ?? CB_AGENTS[0]
  const now = ctx.clock.dataUs()
  const segments =
    row.answered_us === null || row.ended_us === null || s.answered === null || row.answered_by === 'machine'
      ? []
      : transcriptFor(agent.kind, row.id, row.answered_us, row.ended_us, row.lead_hostile === 1)
          .filter((seg) => seg.ended_at_us <= now)
          .map((seg) => ({
            sequence_no: seg.sequence_no,
            role: seg.role,
            text: seg.text,
            started_at: isoMillis(seg.started_at_us),
            ended_at: isoMillis(seg.ended_at_us),
            duration_ms: Math.round((seg.ended_at_us - seg.started_at_us) / 1000),
            source: seg.source,
          }))
  return { call_id: row.uuid, segments }
}

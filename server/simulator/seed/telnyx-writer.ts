import type { Db } from '../db'
import { randomUuid, type Rng } from '../prng'
import { FIRST_COMMAND, MEDIA } from '../providers/telnyx/vocab'

/**
 * Accumulates one Telnyx call session (legs, events, recording) and writes it with prepared
 * statements. Events are stored as a handful of integers; the webhook body Telnyx would have delivered
 * is rebuilt at read time from the leg row (see providers/telnyx/metadata.ts), which keeps a million
 * events small on disk and fast to seed.
 */
export type LegDraft = {
  id: number
  uuid: string
  direction: number
  fromId: number
  toId: number
  startUs: number
  answerUs: number | null
  endUs: number
  cause: number
  source: number
  sip: number
  amd: number
  callerName: string | null
  leadId: number | null
  agentId: number | null
}

type Statements = ReturnType<typeof prepare>
type PendingRecording = {
  leg: LegDraft
  startedUs: number
  endedUs: number
  createdUs: number
  media: number
}

function prepare(db: Db) {
  return {
    session: db.prepare(
      'INSERT INTO tx_sessions (id, uuid, conn, start_us, scenario) VALUES (?, ?, ?, ?, ?)',
    ),
    leg: db.prepare(
      `INSERT INTO tx_legs (id, uuid, session_id, conn, direction, from_id, to_id, start_us, answer_us, end_us,
        hangup_cause, hangup_source, sip_code, amd, caller_name, lead_id, agent_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare(
      `INSERT INTO tx_events (occurred_us, leg_id, name, type, failed, attempt, conn, from_id, to_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    recording: db.prepare(
      `INSERT INTO tx_recordings (id, uuid, leg_id, session_id, conn, from_id, to_id, created_us, started_us,
        ended_us, channels, media, initiated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    maxIds: db.prepare(
      `SELECT (SELECT COALESCE(MAX(id), 0) FROM tx_sessions) AS s, (SELECT COALESCE(MAX(id), 0) FROM tx_legs) AS l,
        (SELECT COALESCE(MAX(id), 0) FROM tx_recordings) AS r`,
    ),
  }
}

const UUID_EPOCH_OFFSET = 0x01b21dd213814000n

/**
 * Telnyx leg and session ids are time-based (version 1) UUIDs, e.g. `308fe500-5213-11e9-ace7-02420a0f0668`;
 * ours are too, built from the leg's start time and a node id that looks like Telnyx's container MACs.
 */
export function uuidV1(us: number, rng: Rng): string {
  const t = BigInt(Math.round(us)) * 10n + UUID_EPOCH_OFFSET + BigInt(rng.int(0, 9))
  const low = (t & 0xffffffffn).toString(16).padStart(8, '0')
  const mid = ((t >> 32n) & 0xffffn).toString(16).padStart(4, '0')
  const high = (((t >> 48n) & 0x0fffn) | 0x1000n).toString(16).padStart(4, '0')
  const clock = ((rng.int(0, 0x3fff) | 0x8000) >>> 0).toString(16).padStart(4, '0')
  const node = `02420a${rng.int(0, 0xffffff).toString(16).padStart(6, '0')}`
  return `${low}-${mid}-${high}-${clock}-${node}`
}

export class TelnyxWriter {
  private readonly stmts: Statements
  private sessionId: number
  private legId: number
  private recordingId: number
  eventCount = 0
  private conn = 0
  private legs: LegDraft[] = []
  private events: number[] = []
  private pendingRecording: PendingRecording | null = null

  constructor(db: Db) {
    this.stmts = prepare(db)
    const max = this.stmts.maxIds.get() as { s: number; l: number; r: number }
    this.sessionId = max.s
    this.legId = max.l
    this.recordingId = max.r
  }

  begin(conn: number): void {
    this.conn = conn
    this.legs = []
    this.events = []
  }

  leg(draft: Omit<LegDraft, 'id' | 'uuid'>, rng: Rng): LegDraft {
    const leg = { ...draft, id: ++this.legId, uuid: uuidV1(draft.startUs, rng) }
    this.legs.push(leg)
    return leg
  }

  /** Records one event. A few webhooks fail delivery once and are retried: both attempts are logged. */
  emit(leg: LegDraft, code: number, us: number, rng: Rng, failed = false): void {
    const t = Math.round(us)
    if (code < FIRST_COMMAND && rng.chance(0.015)) {
      this.events.push(t, leg.id, code, 1, 1, t, leg.id, code, 0, 2)
      return
    }
    this.events.push(t, leg.id, code, failed ? 1 : 0, 1)
  }

  recording(leg: LegDraft, startedUs: number, endedUs: number, createdUs: number, missing: boolean): void {
    this.pendingRecording = { leg, startedUs, endedUs, createdUs, media: missing ? MEDIA.missing : MEDIA.ok }
  }

  commit(rng: Rng, startUs: number, scenario: number): void {
    const sessionId = ++this.sessionId
    const s = this.stmts
    s.session.run(sessionId, uuidV1(startUs, rng), this.conn, Math.round(startUs), scenario)
    const byId = new Map<number, LegDraft>()
    for (const l of this.legs) {
      byId.set(l.id, l)
      s.leg.run(
        l.id,
        l.uuid,
        sessionId,
        this.conn,
        l.direction,
        l.fromId,
        l.toId,
        Math.round(l.startUs),
        l.answerUs === null ? null : Math.round(l.answerUs),
        Math.round(l.endUs),
        l.cause,
        l.source,
        l.sip,
        l.amd,
        l.callerName,
        l.leadId,
        l.agentId,
      )
    }
    const ev = this.events
    for (let i = 0; i < ev.length; i += 5) {
      const leg = byId.get(ev[i + 1] ?? 0)
      const code = ev[i + 2] ?? 0
      if (!leg) continue
      s.event.run(
        ev[i],
        leg.id,
        code,
        code >= FIRST_COMMAND ? 1 : 0,
        ev[i + 3],
        ev[i + 4],
        this.conn,
        leg.fromId,
        leg.toId,
      )
    }
    this.eventCount += ev.length / 5
    const rec = this.pendingRecording
    if (rec) {
      s.recording.run(
        ++this.recordingId,
        randomUuid(rng),
        rec.leg.id,
        sessionId,
        this.conn,
        rec.leg.fromId,
        rec.leg.toId,
        Math.round(rec.createdUs),
        Math.round(rec.startedUs),
        Math.round(rec.endedUs),
        1,
        rec.media,
        0,
      )
    }
    this.pendingRecording = null
  }
}

import { HOSTILE_LEADS } from './seed/hostile'
import type { SimContext } from './sim-context'
import { US_PER_DAY } from './time'
import { MEDIA } from './providers/telnyx/vocab'
import { LP_RECORDING } from './seed/leadping-calls'

/**
 * Good demo and test examples in the current data, found by query rather than hard-coded ids (ids
 * depend on the seed). Served by `GET /sim-admin/status` and printed by `npm run sim:reset`.
 */
export function findExamples(sim: SimContext): Record<string, unknown> {
  const now = sim.clock.dataUs()
  const one = <T>(sql: string, ...args: unknown[]) => sim.prepare(sql).get(...args) as T | undefined
  const value = (sql: string, ...args: unknown[]) => one<{ v: string }>(sql, ...args)?.v ?? null
  const recording = (media: number) =>
    value(
      'SELECT uuid AS v FROM tx_recordings WHERE media = ? AND created_us <= ? ORDER BY created_us DESC LIMIT 1',
      media,
      now,
    )
  return {
    showcaseLeadId: value('SELECT uuid AS v FROM leads WHERE id = 1'),
    showcaseLeadPhone: value(
      'SELECT n.e164 AS v FROM leads l JOIN numbers n ON n.id = l.number_id WHERE l.id = 1',
    ),
    testLeadId: value('SELECT uuid AS v FROM leads WHERE id = 2'),
    warmupLeadId: value('SELECT uuid AS v FROM leads WHERE id = 3'),
    sharedNumberLeadIds: (
      sim.prepare('SELECT uuid FROM leads WHERE id IN (41, 42, 43) ORDER BY id').all() as { uuid: string }[]
    ).map((r) => r.uuid),
    hostileLeadIds: (
      sim
        .prepare(`SELECT uuid FROM leads WHERE id IN (${Object.keys(HOSTILE_LEADS).join(', ')}) ORDER BY id`)
        .all() as { uuid: string }[]
    ).map((r) => r.uuid),
    telnyxThreeLegSessionInLast24h: value(
      `SELECT s.uuid AS v FROM tx_sessions s WHERE s.start_us BETWEEN ? AND ? AND (SELECT COUNT(*) FROM tx_legs l WHERE l.session_id = s.id) = 3
        ORDER BY s.start_us DESC LIMIT 1`,
      now - US_PER_DAY,
      now - 3600e6,
    ),
    telnyxSessionInProgress: value(
      'SELECT s.uuid AS v FROM tx_sessions s JOIN tx_legs l ON l.session_id = s.id WHERE l.start_us <= ? AND l.end_us > ? ORDER BY s.start_us DESC LIMIT 1',
      now,
      now,
    ),
    telnyxRecordingPlayable: recording(MEDIA.ok),
    telnyxRecordingMissingFile: recording(MEDIA.missing),
    telnyxRecordingJavascriptUrl: recording(MEDIA.javascript),
    telnyxRecordingDataUrl: recording(MEDIA.data),
    leadpingCallWithRecording: value(
      'SELECT uuid AS v FROM lp_calls WHERE recording = ? AND ended_us <= ? ORDER BY created_us DESC LIMIT 1',
      LP_RECORDING.ok,
      now,
    ),
    leadpingCallMissingRecording: value(
      'SELECT uuid AS v FROM lp_calls WHERE recording = ? AND ended_us <= ? ORDER BY created_us DESC LIMIT 1',
      LP_RECORDING.missing,
      now,
    ),
    leadpingCallHostileRecordingUrl: value(
      'SELECT uuid AS v FROM lp_calls WHERE recording IN (?, ?) ORDER BY created_us DESC LIMIT 1',
      LP_RECORDING.javascript,
      LP_RECORDING.data,
    ),
    skipcallCallWithNotes: value(
      'SELECT uuid AS v FROM sk_calls WHERE notes IS NOT NULL AND created_us <= ? ORDER BY created_us DESC LIMIT 1',
      now,
    ),
    callingboxCallWithTranscript: value(
      "SELECT uuid AS v FROM cb_calls WHERE answered_by = 'human' AND ended_us <= ? ORDER BY created_us DESC LIMIT 1",
      now,
    ),
  }
}

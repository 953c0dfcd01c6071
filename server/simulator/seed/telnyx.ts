import { MEDIA } from '../providers/telnyx/vocab'
import { US_PER_SEC } from '../time'
import { scaled, STREAM, streamRng, type SeedContext } from './context'
import { pickScenario, SCENARIO, writeSession } from './telnyx-scenarios'
import { sampleStarts } from './timing'
import { TelnyxWriter } from './telnyx-writer'
import type { World } from './world'

/** Sessions per unit of SIM_SCALE; about 9 events each (see BENCHMARKS.md for the measured ratio). */
export const TELNYX_SESSIONS_PER_SCALE = 2100

export function seedTelnyx(ctx: SeedContext, world: World): { sessions: number; events: number } {
  const rng = streamRng(ctx, STREAM.telnyx)
  const w = new TelnyxWriter(ctx.db)
  const count = scaled(ctx, TELNYX_SESSIONS_PER_SCALE, 40)
  const starts = sampleStarts(rng, count, ctx.anchorUs, 30)
  const env = { w, rng, world }
  for (const start of starts) writeSession(env, start, pickScenario(rng))
  // A few conversations that started minutes before "now" and are still going on.
  const live = { ...env, longTalk: true }
  for (const kind of [SCENARIO.inAnswered, SCENARIO.outHuman, SCENARIO.inAnswered]) {
    writeSession(live, ctx.anchorUs - rng.int(40, 300) * US_PER_SEC, kind)
  }
  plantRecordingProblems(ctx)
  return { sessions: count + 3, events: w.eventCount }
}

/**
 * Among the most recent recordings (so they show up in the default 24-hour view), one has a missing
 * file and two carry `javascript:` / `data:` download URLs that the UI must refuse to play.
 */
function plantRecordingProblems(ctx: SeedContext): void {
  const set = ctx.db.prepare(
    `UPDATE tx_recordings SET media = ? WHERE id = (SELECT id FROM tx_recordings WHERE created_us <= ?
      ORDER BY created_us DESC LIMIT 1 OFFSET ?)`,
  )
  set.run(MEDIA.javascript, ctx.anchorUs, 3)
  set.run(MEDIA.missing, ctx.anchorUs, 5)
  set.run(MEDIA.data, ctx.anchorUs, 7)
}

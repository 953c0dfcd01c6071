import { US_PER_HOUR } from '../time'
import { callingboxEnv, writeCallingboxCall } from './callingbox'
import { STREAM, streamRng, type SeedContext } from './context'
import { HOSTILE_LEADS } from './hostile'
import { skipcallEnv, writeSkipcallCall } from './skipcall'
import { SCENARIO, writeSession } from './telnyx-scenarios'
import { TelnyxWriter } from './telnyx-writer'
import type { World } from './world'

/**
 * Guarantees that the showcase lead and every hostile lead appear in each provider's recent data (the
 * last day), so the default views of the UI, demos and e2e tests always meet them: one answered
 * Telnyx call, one Skipcall call and one CallingBox call each, a few hours before "now".
 */
export function seedRecentLeadCalls(ctx: SeedContext, world: World): void {
  const rng = streamRng(ctx, STREAM.world, 0x7ece)
  const ids = [1, ...Object.keys(HOSTILE_LEADS).map(Number)]
  const telnyx = { w: new TelnyxWriter(ctx.db), rng, world }
  const skipcall = skipcallEnv(ctx.db, rng, world)
  const callingbox = callingboxEnv(ctx.db, rng, world)
  ids.forEach((id, i) => {
    const lead = world.leads[id - 1]
    if (!lead) return
    const at = ctx.anchorUs - (2 + i * 1.5) * US_PER_HOUR
    writeSession({ ...telnyx, lead }, at, i % 2 === 0 ? SCENARIO.inAnswered : SCENARIO.outHuman)
    writeSkipcallCall(skipcall, at + 0.3 * US_PER_HOUR, 'completed', lead)
    writeCallingboxCall(callingbox, at + 0.6 * US_PER_HOUR, 'completed', lead)
  })
}

import { SOURCES, type Source } from '#domain/call'
import { createRng, mix, type Rng } from './prng'
import { writeCallingboxCall, callingboxEnv } from './seed/callingbox'
import { STREAM } from './seed/context'
import { writeLeadpingCall } from './seed/leadping-calls'
import { LeadpingWriter } from './seed/leadping-writer'
import { skipcallEnv, writeSkipcallCall } from './seed/skipcall'
import { pickScenario, writeSession } from './seed/telnyx-scenarios'
import { TelnyxWriter } from './seed/telnyx-writer'
import { TELNYX_SESSIONS_PER_SCALE } from './seed/telnyx'
import { loadWorld } from './seed/world-load'
import type { World } from './seed/world'
import type { SimContext } from './sim-context'
import { US_PER_DAY, US_PER_MS, US_PER_SEC } from './time'

/**
 * Live mode: a new call starts every few seconds (dated a moment ahead, so it appears when the clock
 * reaches it), and calls under way advance by themselves because every endpoint reports state as of
 * the data clock. Each tick's random stream is derived from its instant, so two runs with the same
 * seed and clock create the same calls.
 */
export type Live = { stop(): void; tick(): void }

function writeCall(
  sim: SimContext,
  world: World,
  rng: Rng,
  provider: Source,
  startUs: number,
  sequenceIds: string[],
): void {
  switch (provider) {
    case 'telnyx':
      return writeSession({ w: new TelnyxWriter(sim.db), rng, world }, startUs, pickScenario(rng))
    case 'leadping':
      writeLeadpingCall(new LeadpingWriter(sim.db), rng, world, {
        lead: world.pickLead(rng),
        direction: rng.chance(0.8) ? 'outbound' : 'inbound',
        startUs,
      })
      return
    case 'skipcall':
      return writeSkipcallCall(skipcallEnv(sim.db, rng, world, sequenceIds), startUs)
    case 'callingbox':
      return writeCallingboxCall(callingboxEnv(sim.db, rng, world), startUs)
  }
}

/** Fills a gap (at most a day) since the data was last written, at the seeded daily rate. */
function backfill(sim: SimContext, world: World, scale: number, sequenceIds: string[]): void {
  const now = sim.clock.dataUs()
  const last =
    (sim.db.prepare('SELECT MAX(start_us) AS t FROM tx_sessions').get() as { t: number | null }).t ?? now
  const from = Math.max(last, now - US_PER_DAY)
  if (now - from < 10 * 60 * US_PER_SEC) return
  const rng = createRng(mix(sim.seed, STREAM.live, Math.floor(from / US_PER_SEC)))
  const perDay = (TELNYX_SESSIONS_PER_SCALE / 30) * scale * 1.4
  const count = Math.round(((now - from) / US_PER_DAY) * perDay)
  const starts = Array.from({ length: count }, () => from + rng.next() * (now - from)).sort((a, b) => a - b)
  sim.db.transaction(() => {
    // Weights in SOURCES order (telnyx, leadping, skipcall, callingbox); the order is part of the seed.
    for (const t of starts) writeCall(sim, world, rng, rng.weighted(SOURCES, [10, 2, 1.5, 1]), t, sequenceIds)
  })()
}

export function startLive(
  sim: SimContext,
  opts: { intervalMs: number; scale: number; onError(error: unknown): void },
): Live {
  const world = loadWorld(sim.db)
  const sequenceIds = (
    sim.db
      .prepare('SELECT DISTINCT sequence_uuid AS s FROM sk_calls WHERE sequence_uuid IS NOT NULL')
      .all() as { s: string }[]
  ).map((row) => row.s)
  if (sequenceIds.length === 0) sequenceIds.push('00000000-0000-4000-8000-000000000000')
  backfill(sim, world, opts.scale, sequenceIds)
  // Each tick's stream comes from its second; a second tick within the same second (the timer and a
  // `/sim-admin/live/tick` together) takes the next second's, or it would write the same ids again and
  // fail on their uniqueness (seen as a 500 from the admin tick in the e2e suite).
  let lastSecond = -Infinity
  const tick = () => {
    const now = sim.clock.dataUs()
    const second = Math.max(Math.floor(now / US_PER_SEC), lastSecond + 1)
    lastSecond = second
    const rng = createRng(mix(sim.seed, STREAM.live, second))
    const provider = rng.weighted(SOURCES, [5, 2, 1.5, 1.5])
    sim.db.transaction(() =>
      writeCall(sim, world, rng, provider, now + rng.int(0, 2000) * US_PER_MS, sequenceIds),
    )()
  }
  const timer = setInterval(() => {
    try {
      tick()
    } catch (error) {
      opts.onError(error)
    }
  }, opts.intervalMs)
  timer.unref()
  return { stop: () => clearInterval(timer), tick }
}

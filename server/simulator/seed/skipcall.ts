import { randomUuid, type Rng } from '../prng'
import { US_PER_MIN, US_PER_SEC as S } from '../time'
import type { Db, Stmt } from '../db'
import { scaled, STREAM, streamRng, type SeedContext } from './context'
import { hostileNote } from './hostile'
import { NOTES } from './leadping-texts'
import { sampleStarts } from './timing'
import type { LeadRef, World } from './world'

const OUTBOUND = ['completed', 'no_answer', 'voicemail', 'busy', 'failed', 'canceled'] as const
const OUTBOUND_WEIGHTS = [45, 25, 12, 5, 4, 4]
const INBOUND = ['completed', 'missed', 'voicemail'] as const
const INBOUND_WEIGHTS = [60, 30, 10]

export const SEQUENCES = [
  'Fall rebate outreach',
  'New web leads – day 1',
  'Quote follow-up',
  'Win-back 90 days',
  'Battery upsell',
]

type Env = { rng: Rng; world: World; insert: Stmt; sequenceIds: string[] }

export function skipcallEnv(db: Db, rng: Rng, world: World, sequenceIds?: string[]): Env {
  const insert = db.prepare<unknown[], unknown>(
    `INSERT INTO sk_calls (uuid, call_type, status, direction, lead_id, agent_id, contact_unknown, contact_number,
      caller_number, managed_number_uuid, created_us, started_us, answered_us, ended_us, transferred, sequence_uuid,
      sequence_run_uuid, synced_us, deleted_us, notes, conference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  return { rng, world, insert, sequenceIds: sequenceIds ?? SEQUENCES.map(() => randomUuid(rng)) }
}

export function writeSkipcallCall(env: Env, t0: number, forceStatus?: string, forceLead?: LeadRef): void {
  const { rng, world } = env
  const unknown = !forceLead && rng.chance(0.1)
  const lead = forceLead ?? (unknown ? null : world.pickLead(rng))
  const remote = lead?.number.e164 ?? rng.pick(world.strangers).e164
  const agent = world.agents[rng.int(0, 11)] ?? world.agents[0]
  const inbound = rng.chance(0.15)
  const session = !inbound && rng.chance(0.75)
  const status =
    forceStatus ??
    (inbound ? rng.weighted(INBOUND, INBOUND_WEIGHTS) : rng.weighted(OUTBOUND, OUTBOUND_WEIGHTS))
  const startedUs = t0 + rng.skewed(8, 0.8, 1, 90) * S
  const ring = rng.skewed(11, 0.5, 2, 35) * S
  const answered = status === 'completed' || status === 'voicemail'
  const answeredUs = answered ? startedUs + ring : null
  const endedUs =
    status === 'completed'
      ? startedUs + ring + rng.skewed(140, 0.95, 5, 2400) * S
      : status === 'voicemail'
        ? startedUs + ring + rng.skewed(25, 0.4, 8, 60) * S
        : startedUs + (status === 'no_answer' ? 30 * S : status === 'busy' ? 3 * S : ring)
  const company = rng.pick(world.companyNumbers)
  const sequenceId = session ? rng.pick(env.sequenceIds) : null
  const notes = lead?.hostile ? hostileNote(lead.id + 1) : rng.chance(0.4) ? rng.pick(NOTES) : null
  env.insert.run(
    randomUuid(rng),
    session ? 'CALL_SESSION' : 'DIRECT_CALL',
    status,
    inbound ? 'inbound' : 'outbound',
    lead?.id ?? null,
    agent?.id ?? 1,
    unknown ? 1 : 0,
    remote,
    company.e164,
    company.uuid,
    Math.round(t0),
    Math.round(startedUs),
    answeredUs === null ? null : Math.round(answeredUs),
    Math.round(endedUs),
    status === 'completed' && rng.chance(0.04) ? 1 : 0,
    sequenceId,
    sequenceId ? randomUuid(rng) : null,
    rng.chance(0.7) ? Math.round(endedUs + rng.int(1, 30) * US_PER_MIN) : null,
    rng.chance(0.01) ? Math.round(endedUs + 2 * US_PER_MIN) : null,
    notes,
    session ? 1 : 0,
  )
}

export function seedSkipcall(ctx: SeedContext, world: World): number {
  const rng = streamRng(ctx, STREAM.skipcall)
  const env = skipcallEnv(ctx.db, rng, world)
  const count = scaled(ctx, 350, 20)
  for (const t0 of sampleStarts(rng, count, ctx.anchorUs, 30)) writeSkipcallCall(env, t0)
  writeSkipcallCall(env, ctx.anchorUs - 75 * S, 'completed')
  return count + 1
}

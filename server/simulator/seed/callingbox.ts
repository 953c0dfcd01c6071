import { randomUuid, type Rng } from '../prng'
import { US_PER_SEC as S } from '../time'
import { CB_AGENTS, promptFor, RETURNS, resultFor } from './callingbox-content'
import type { Db, Stmt } from '../db'
import { scaled, STREAM, streamRng, type SeedContext } from './context'
import { sampleStarts } from './timing'
import type { LeadRef, World } from './world'

const OUTCOMES = ['completed', 'no_answer', 'voicemail', 'busy', 'failed', 'canceled'] as const
const WEIGHTS = [55, 12, 8, 6, 6, 4]
const HANGUP: Record<string, string | null> = {
  completed: 'normal_clearing',
  no_answer: 'no_answer',
  voicemail: 'normal_clearing',
  busy: 'user_busy',
  failed: 'call_rejected',
  canceled: 'originator_cancel',
  queued: null,
}

type Env = { rng: Rng; world: World; insert: Stmt }

export function callingboxEnv(db: Db, rng: Rng, world: World): Env {
  const insert = db.prepare<unknown[], unknown>(
    `INSERT INTO cb_calls (uuid, agent_uuid, lead_id, to_number, from_number, direction, status, scenario, prompt, context,
      returns, result, result_status, result_error, language, webhook_url, webhook_status, webhook_error, created_us,
      started_us, answered_us, ended_us, billed_seconds, billing_milli_cents, error_code, error_message, hangup_cause,
      answered_by, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  return { rng, world, insert }
}

/**
 * Writes one CallingBox AI call. `status` is the final outcome; `voicemail` is stored as CallingBox
 * reports it, `no_answer` with `answered_by: machine`.
 */
export function writeCallingboxCall(env: Env, t0: number, forced?: string, forceLead?: LeadRef): void {
  const { rng, world } = env
  const agent = rng.weighted(CB_AGENTS, [5, 4, 2, 1.5])
  const lead = forceLead ?? world.pickLead(rng)
  const company = rng.pick(world.companyNumbers)
  const outcome = forced ?? rng.weighted(OUTCOMES, WEIGHTS)
  const queued = outcome === 'queued'
  const startedUs = queued ? null : t0 + rng.skewed(2, 0.5, 0.5, 8) * S
  const ring = rng.skewed(9, 0.5, 2, 30) * S
  const talk = agent.kind === 'reception' ? rng.skewed(50, 0.5, 15, 240) : rng.skewed(95, 0.6, 20, 600)
  const answered = outcome === 'completed' || outcome === 'voicemail'
  const answeredUs = answered && startedUs !== null ? startedUs + ring : null
  const endedUs =
    startedUs === null
      ? null
      : answeredUs !== null
        ? answeredUs + (outcome === 'voicemail' ? 25 : talk) * S
        : startedUs + (outcome === 'no_answer' ? 30 : 4) * S
  const billed = answeredUs !== null && endedUs !== null ? Math.ceil((endedUs - answeredUs) / S) : 0
  const extractionFailed = outcome === 'completed' && rng.chance(0.05)
  const webhookFailed = rng.chance(0.05)
  const name = `${lead.first ?? ''} ${lead.last ?? ''}`.trim()
  const inbound = agent.direction === 'inbound'
  env.insert.run(
    randomUuid(rng),
    agent.uuid,
    lead.id,
    inbound ? company.e164 : lead.number.e164,
    inbound ? lead.number.e164 : company.e164,
    agent.direction,
    outcome === 'voicemail' ? 'no_answer' : outcome,
    rng.u32(),
    promptFor(agent, name, lead.hostile),
    JSON.stringify({
      lead_name: name,
      crm_lead_id: lead.uuid,
      product: 'rooftop-solar',
      timezone: 'America/Chicago',
    }),
    JSON.stringify(RETURNS[agent.kind]),
    JSON.stringify(outcome === 'completed' && !extractionFailed ? resultFor(agent.kind, rng.u32()) : {}),
    extractionFailed ? 'failed' : 'completed',
    extractionFailed ? 'Extraction timed out after 30s' : null,
    rng.weighted(['en-US', 'es-US', 'fr-FR'], [10, 1.5, 0.5]),
    rng.chance(0.9) ? 'https://hooks.brightline-solar.example/callingbox' : null,
    webhookFailed ? 'failed' : 'delivered',
    webhookFailed ? 'HTTP 502 from endpoint after 8 attempts' : null,
    Math.round(t0),
    startedUs === null ? null : Math.round(startedUs),
    answeredUs === null ? null : Math.round(answeredUs),
    endedUs === null ? null : Math.round(endedUs),
    billed,
    billed * 150,
    outcome === 'failed' ? 'carrier_error' : null,
    outcome === 'failed' ? 'The carrier rejected the call (SIP 603)' : null,
    HANGUP[outcome] ?? null,
    answered ? (outcome === 'voicemail' ? 'machine' : 'human') : null,
    JSON.stringify(
      lead.hostile
        ? { campaign: 'fall-rebate-2026', note: '<b onmouseover=alert(1)>hover</b>' }
        : { campaign: 'fall-rebate-2026' },
    ),
  )
}

export function seedCallingbox(ctx: SeedContext, world: World): number {
  const rng = streamRng(ctx, STREAM.callingbox)
  const env = callingboxEnv(ctx.db, rng, world)
  const count = scaled(ctx, 200, 15)
  for (const t0 of sampleStarts(rng, count, ctx.anchorUs, 30)) writeCallingboxCall(env, t0)
  writeCallingboxCall(env, ctx.anchorUs - 50 * S, 'completed')
  writeCallingboxCall(env, ctx.anchorUs - 8 * S, 'queued')
  return count + 2
}

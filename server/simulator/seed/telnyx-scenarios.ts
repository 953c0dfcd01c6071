import type { Rng } from '../prng'
import { AMD, CONN, DIRECTION, EV, HC, HS } from '../providers/telnyx/vocab'
import { US_PER_SEC as S } from '../time'
import type { LegDraft, TelnyxWriter } from './telnyx-writer'
import type { LeadRef, World } from './world'

/**
 * One function per kind of call session, each emitting the legs and the event sequence Telnyx would log
 * (commands the company's app sent, webhooks Telnyx delivered), with realistic gaps between them.
 */
export const SCENARIO = {
  inAnswered: 1,
  inTransferred: 2,
  inVoicemail: 3,
  inMissed: 4,
  inBlocked: 5,
  outHuman: 6,
  outMachine: 7,
  outNoAnswer: 8,
  outBusy: 9,
  outFailed: 10,
  outCanceled: 11,
  outShort: 12,
} as const

const KINDS = Object.values(SCENARIO)
const WEIGHTS = [26, 4, 5, 7, 2, 20, 9, 10, 5, 4, 4, 4]

export function pickScenario(rng: Rng): number {
  return rng.weighted(KINDS, WEIGHTS)
}

/**
 * `longTalk` forces a long conversation, for the calls that must still be in progress at "now";
 * `lead` forces the other party (to plant showcase and hostile leads in recent data).
 */
export type Env = { w: TelnyxWriter; rng: Rng; world: World; longTalk?: boolean; lead?: LeadRef }
type Party = { numberId: number; leadId: number | null; name: string | null }

function counterparty({ rng, world, lead: forced }: Env): Party {
  if (forced)
    return {
      numberId: forced.number.id,
      leadId: forced.id,
      name: `${forced.first} ${forced.last}`.toUpperCase(),
    }
  if (rng.chance(0.12)) {
    const stranger = rng.pick(world.strangers)
    return { numberId: stranger.id, leadId: null, name: rng.pick(['WIRELESS CALLER', 'SPAM RISK', null]) }
  }
  const lead = world.pickLead(rng)
  return { numberId: lead.number.id, leadId: lead.id, name: `${lead.first} ${lead.last}`.toUpperCase() }
}

function base(
  direction: number,
  fromId: number,
  toId: number,
  startUs: number,
): Omit<LegDraft, 'id' | 'uuid'> {
  return {
    direction,
    fromId,
    toId,
    startUs,
    answerUs: null,
    endUs: startUs,
    cause: HC.normal_clearing,
    source: HS.caller,
    sip: 0,
    amd: AMD.none,
    callerName: null,
    leadId: null,
    agentId: null,
  }
}

function hangup(env: Env, leg: LegDraft, us: number, cause: number, source: number, sip: number): void {
  leg.endUs = us
  leg.cause = cause
  leg.source = source
  leg.sip = sip
  env.w.emit(leg, EV.hangup, us, env.rng)
}

/** Rings an agent's softphone on a new outgoing leg and bridges it to `from`; returns the agent leg. */
function ringAgent(env: Env, from: LegDraft, companyId: number, atUs: number, answers: boolean): LegDraft {
  const { w, rng, world } = env
  const agent = rng.pick(world.agents)
  w.emit(from, EV.cmdTransfer, atUs, rng)
  const leg = w.leg(
    { ...base(DIRECTION.outgoing, companyId, agent.sip.id, atUs + 0.06 * S), agentId: agent.id },
    rng,
  )
  w.emit(leg, EV.initiated, leg.startUs, rng)
  if (!answers) return leg
  leg.answerUs = leg.startUs + rng.skewed(6, 0.5, 1.5, 20) * S
  w.emit(leg, EV.answered, leg.answerUs, rng)
  w.emit(from, EV.bridged, leg.answerUs + 0.08 * S, rng)
  w.emit(leg, EV.bridged, leg.answerUs + 0.09 * S, rng)
  return leg
}

function endTalk(
  env: Env,
  a: LegDraft,
  b: LegDraft,
  endUs: number,
  record: boolean,
  recordFromUs: number,
): void {
  const { w, rng } = env
  const leadHungUp = rng.chance(0.6)
  const first = leadHungUp ? a : b
  const second = leadHungUp ? b : a
  const source = leadHungUp === (a.direction === DIRECTION.incoming) ? HS.caller : HS.callee
  hangup(env, first, endUs, HC.normal_clearing, source, first.direction === DIRECTION.outgoing ? 200 : 0)
  hangup(
    env,
    second,
    endUs + 0.04 * S,
    HC.normal_clearing,
    source,
    second.direction === DIRECTION.outgoing ? 200 : 0,
  )
  if (!record) return
  if (rng.chance(0.02)) {
    w.emit(a, EV.recordingError, endUs + 0.5 * S, rng)
    return
  }
  const savedUs = endUs + rng.skewed(1.5, 0.4, 0.4, 8) * S
  w.emit(a, EV.recordingSaved, savedUs, rng)
  w.recording(a, recordFromUs, endUs, savedUs, rng.chance(0.03))
}

function talkSeconds(env: Env): number {
  return env.longTalk ? env.rng.skewed(900, 0.3, 600, 2400) : env.rng.skewed(150, 0.95, 6, 2700)
}

function inbound(env: Env, t0: number, kind: number): void {
  const { w, rng, world } = env
  const party = counterparty(env)
  const company = rng.chance(0.7) ? world.companyNumbers[0] : rng.pick(world.companyNumbers)
  w.begin(company && company.label === 'Support' ? CONN.support : CONN.inbound)
  const companyId = company?.id ?? 1
  const a = w.leg(
    {
      ...base(DIRECTION.incoming, party.numberId, companyId, t0),
      callerName: party.name,
      leadId: party.leadId,
    },
    rng,
  )
  w.emit(a, EV.initiated, t0, rng)
  if (kind === SCENARIO.inBlocked) {
    w.emit(a, EV.cmdReject, t0 + 0.3 * S, rng)
    hangup(env, a, t0 + 0.5 * S, HC.call_rejected, HS.callee, 603)
    return
  }
  if (kind === SCENARIO.inMissed) {
    hangup(env, a, t0 + rng.skewed(9, 0.6, 1, 45) * S, HC.originator_cancel, HS.caller, 487)
    return
  }
  w.emit(a, EV.cmdAnswer, t0 + rng.skewed(1.2, 0.4, 0.2, 4) * S, rng)
  a.answerUs = t0 + rng.skewed(1.6, 0.4, 0.4, 5) * S
  w.emit(a, EV.answered, a.answerUs, rng)
  const speakFailed = rng.chance(0.01)
  w.emit(a, EV.cmdSpeak, a.answerUs + 0.3 * S, rng, speakFailed)
  let t = a.answerUs + 0.5 * S
  if (!speakFailed) {
    w.emit(a, EV.speakStarted, t, rng)
    t += rng.skewed(7, 0.3, 3, 15) * S
    w.emit(a, EV.speakEnded, t, rng)
    if (rng.chance(0.35)) w.emit(a, EV.dtmfReceived, t - 1.2 * S, rng)
  }
  if (kind === SCENARIO.inVoicemail) {
    const agentLeg = ringAgent(env, a, companyId, t + 0.2 * S, false)
    hangup(env, agentLeg, agentLeg.startUs + rng.skewed(22, 0.1, 15, 30) * S, HC.timeout, HS.callee, 480)
    t = agentLeg.endUs + 0.3 * S
    w.emit(a, EV.cmdSpeak, t, rng)
    w.emit(a, EV.cmdRecordStart, t + 4 * S, rng)
    const recStart = t + 4.2 * S
    const endUs = recStart + rng.skewed(25, 0.6, 3, 180) * S
    hangup(env, a, endUs, HC.normal_clearing, HS.caller, 0)
    const savedUs = endUs + rng.skewed(1.5, 0.4, 0.4, 8) * S
    w.emit(a, EV.recordingSaved, savedUs, rng)
    w.recording(a, recStart, endUs, savedUs, rng.chance(0.03))
    return
  }
  const b = ringAgent(env, a, companyId, t + 0.2 * S, true)
  const bridgedUs = (b.answerUs ?? t) + 0.1 * S
  w.emit(a, EV.cmdRecordStart, bridgedUs + 0.2 * S, rng)
  const recStart = bridgedUs + 0.4 * S
  if (kind === SCENARIO.inTransferred) {
    const handoff = bridgedUs + rng.skewed(60, 0.6, 10, 400) * S
    const c = ringAgent(env, a, companyId, handoff, true)
    hangup(env, b, (c.answerUs ?? handoff) + 0.5 * S, HC.normal_clearing, HS.caller, 200)
    endTalk(env, a, c, (c.answerUs ?? handoff) + talkSeconds(env) * S, true, recStart)
    return
  }
  endTalk(env, a, b, bridgedUs + talkSeconds(env) * S, rng.chance(0.92), recStart)
}

function outbound(env: Env, t0: number, kind: number): void {
  const { w, rng, world } = env
  w.begin(CONN.dialer)
  const party = counterparty(env)
  const company = rng.pick(world.companyNumbers)
  const companyId = company.id
  const a = w.leg(
    {
      ...base(DIRECTION.outgoing, companyId, party.numberId, t0 + 0.15 * S),
      leadId: party.leadId,
      callerName: 'BRIGHTLINE SOLAR',
    },
    rng,
  )
  w.emit(a, EV.cmdDial, t0, rng)
  w.emit(a, EV.initiated, a.startUs, rng)
  const ringUs = a.startUs + rng.skewed(12, 0.5, 2, 40) * S
  if (kind === SCENARIO.outNoAnswer) {
    hangup(
      env,
      a,
      a.startUs + rng.skewed(32, 0.15, 20, 60) * S,
      rng.chance(0.5) ? HC.timeout : HC.no_answer,
      HS.callee,
      480,
    )
    return
  }
  if (kind === SCENARIO.outBusy)
    return hangup(env, a, a.startUs + rng.skewed(3, 0.5, 0.5, 10) * S, HC.user_busy, HS.callee, 486)
  if (kind === SCENARIO.outFailed) {
    const [cause, sip] = rng.pick([
      [HC.not_found, 404],
      [HC.call_rejected, 603],
      [HC.unspecified, 500],
    ] as const)
    return hangup(env, a, a.startUs + rng.skewed(1.5, 0.5, 0.2, 6) * S, cause, HS.unknown, sip)
  }
  if (kind === SCENARIO.outCanceled) {
    w.emit(a, EV.cmdHangup, ringUs - 0.1 * S, rng)
    return hangup(env, a, ringUs, HC.originator_cancel, HS.caller, 487)
  }
  a.answerUs = ringUs
  w.emit(a, EV.answered, ringUs, rng)
  if (kind === SCENARIO.outShort) {
    return hangup(env, a, ringUs + rng.skewed(4, 0.5, 1, 12) * S, HC.normal_clearing, HS.callee, 200)
  }
  const detectUs = ringUs + rng.skewed(2.6, 0.3, 1, 5) * S
  if (kind === SCENARIO.outMachine) {
    a.amd = AMD.machine
    w.emit(a, EV.machineDetectionEnded, detectUs, rng)
    w.emit(a, EV.cmdSpeak, detectUs + 0.4 * S, rng)
    w.emit(a, EV.speakStarted, detectUs + 0.6 * S, rng)
    const spoken = detectUs + rng.skewed(22, 0.2, 12, 40) * S
    w.emit(a, EV.speakEnded, spoken, rng)
    w.emit(a, EV.cmdHangup, spoken + 0.2 * S, rng)
    return hangup(env, a, spoken + 0.3 * S, HC.normal_clearing, HS.caller, 200)
  }
  a.amd = rng.chance(0.93) ? AMD.human : AMD.notSure
  w.emit(a, EV.machineDetectionEnded, detectUs, rng)
  const b = ringAgent(env, a, companyId, detectUs + 0.2 * S, true)
  const bridgedUs = (b.answerUs ?? detectUs) + 0.1 * S
  w.emit(a, EV.cmdRecordStart, bridgedUs + 0.2 * S, rng)
  endTalk(env, a, b, bridgedUs + talkSeconds(env) * S, rng.chance(0.9), bridgedUs + 0.4 * S)
}

/** Writes one session of the given kind starting at `t0` (µs). */
export function writeSession(env: Env, t0: number, kind: number): void {
  if (kind <= SCENARIO.inBlocked) inbound(env, t0, kind)
  else outbound(env, t0, kind)
  env.w.commit(env.rng, t0, kind)
}

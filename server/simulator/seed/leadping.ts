import type { Rng } from '../prng'
import { US_PER_DAY, US_PER_HOUR, US_PER_MIN, US_PER_SEC as S } from '../time'
import { scaled, STREAM, streamRng, type SeedContext } from './context'
import { hostileNote } from './hostile'
import type { LeadProfileData } from './lead-profile'
import { LP_RECORDING, writeLeadpingCall } from './leadping-calls'
import { MESSAGE_OUTCOMES, writeMessage, type MessageOutcome } from './leadping-messages'
import { FOLLOW_UPS, LEAD_STATUSES, NOTES, REPLIES, welcomeText } from './leadping-texts'
import { LeadpingWriter } from './leadping-writer'
import type { LeadRef, World } from './world'

type Status = (typeof LEAD_STATUSES)[number]
type Timeline = { w: LeadpingWriter; rng: Rng; world: World; lead: LeadRef; anchorUs: number; rich: boolean }

/**
 * Leadping is the company's lead-engagement tool: every lead gets a timeline (created, welcome SMS,
 * call attempts, replies, notes, status changes, scheduled follow-ups), and its calls are listed too.
 */
export function seedLeadping(ctx: SeedContext, world: World): { calls: number; events: number } {
  const rng = streamRng(ctx, STREAM.leadping)
  const w = new LeadpingWriter(ctx.db)
  const updateProfile = ctx.db.prepare('SELECT profile FROM leads WHERE id = ?')
  const saveProfile = ctx.db.prepare('UPDATE leads SET profile = ? WHERE id = ?')
  for (const lead of world.leads) {
    const status = leadTimeline({ w, rng, world, lead, anchorUs: ctx.anchorUs, rich: lead.id === 1 })
    const row = updateProfile.get(lead.id) as { profile: string }
    const profile = JSON.parse(row.profile) as LeadProfileData
    profile.status = status.last
    profile.smsOptedOutUs = status.optedOutUs
    profile.archived = status.last?.category === 'Lost' && rng.chance(0.5)
    saveProfile.run(JSON.stringify(profile), lead.id)
  }
  for (let i = 0; i < scaled(ctx, 30, 3); i++) {
    const startUs = ctx.anchorUs - rng.next() * 30 * US_PER_DAY
    writeLeadpingCall(w, rng, world, {
      lead: null,
      stranger: rng.pick(world.strangers),
      direction: 'inbound',
      startUs,
    })
  }
  plantRecordingProblems(ctx)
  const count = ctx.db
    .prepare('SELECT (SELECT COUNT(*) FROM lp_calls) AS c, (SELECT COUNT(*) FROM lp_events) AS e')
    .get() as {
    c: number
    e: number
  }
  return { calls: count.c, events: count.e }
}

function leadTimeline(tl: Timeline): { last: LeadProfileData['status']; optedOutUs: number | null } {
  const { w, rng, world, lead, anchorUs, rich } = tl
  const agent = world.agents[(lead.agentId - 1) % world.agents.length] ?? world.agents[0]
  const company =
    world.companyNumbers[1 + (lead.id % (world.companyNumbers.length - 1))] ?? world.companyNumbers[0]
  if (!agent || !company) throw new Error('world has no agents or numbers')
  const traffic = lead.id === 2 ? 'Test' : lead.id === 3 ? 'Warmup' : 'RealLead'
  let t = lead.createdUs
  let last: LeadProfileData['status'] = null
  let optedOutUs: number | null = null
  const setStatus = (at: number, s: Status) => {
    last = {
      category: s.category,
      outcome: s.outcome,
      displayName: s.displayName,
      changedUs: at,
      source: rng.pick(['User', 'Automation', 'AI']),
    }
    w.event(rng, {
      leadId: lead.id,
      kind: 'Disposition',
      eventType: 'lead.status_changed',
      category: 'Lead',
      status: 'Completed',
      description: `Status changed to ${s.displayName}`,
      summary: s.outcome,
      createdUs: at,
      agentId: agent.id,
    })
  }
  w.event(rng, {
    leadId: lead.id,
    kind: 'LeadCreated',
    eventType: 'lead.created',
    category: 'Lead',
    status: 'Completed',
    description: `Lead created from ${rng.pick(['web form', 'Facebook lead ad', 'CSV import', 'API'])}`,
    createdUs: t,
  })
  w.event(rng, {
    leadId: lead.id,
    kind: 'Notification',
    eventType: 'lead.assigned',
    category: 'System',
    status: 'Completed',
    description: `Lead assigned to ${agent.first} ${agent.last}`,
    createdUs: t + 1.2 * S,
    agentId: agent.id,
  })
  const message = (
    atUs: number,
    direction: 'inbound' | 'outbound',
    text: string,
    outcome?: MessageOutcome,
    mms = false,
  ) =>
    writeMessage(w, rng, {
      lead,
      company,
      direction,
      atUs,
      text,
      outcome,
      mms,
      traffic,
      agentId: agent.id,
      anchorUs,
    })
  t += rng.skewed(20, 0.8, 3, 120) * S
  const welcome = message(t, 'outbound', welcomeText(lead.first ?? 'there', agent.first))
  if (rich) {
    // The showcase lead walks through every message status once.
    for (const outcome of MESSAGE_OUTCOMES)
      message((t += 7 * US_PER_MIN), 'outbound', rng.pick(FOLLOW_UPS), outcome)
    message((t += 3 * US_PER_MIN), 'inbound', 'Here is a photo of my roof', undefined, true)
  }
  let answered = false
  const attempts = rich ? 5 : rng.int(1, 3)
  for (let i = 0; i < attempts && !answered; i++) {
    t += i === 0 ? rng.skewed(4, 0.8, 1, 60) * US_PER_MIN : rng.skewed(20, 0.8, 2, 48) * US_PER_HOUR
    const call = writeLeadpingCall(w, rng, world, { lead, direction: 'outbound', startUs: t })
    answered = call.status === 'completed' || call.status === 'transferred'
    t = call.endedUs ?? t
    if (!answered && rng.chance(0.5)) message(t + 40 * S, 'outbound', rng.pick(FOLLOW_UPS))
  }
  if (answered) setStatus(t + 30 * S, LEAD_STATUSES[0])
  if (rich || rng.chance(0.4)) {
    t += rng.skewed(3, 1, 0.1, 48) * US_PER_HOUR
    const text = rng.pick(REPLIES)
    message(t, 'inbound', text, undefined, rng.chance(0.1))
    if (text === 'STOP') {
      optedOutUs = t
      message(t + 2 * US_PER_HOUR, 'outbound', rng.pick(FOLLOW_UPS), 'Opted out')
    }
  }
  if (rich || rng.chance(0.15)) {
    t += rng.skewed(6, 1, 0.2, 72) * US_PER_HOUR
    writeLeadpingCall(w, rng, world, {
      lead,
      direction: 'inbound',
      startUs: t,
      forceStatus: rich ? 'voicemail' : undefined,
    })
  }
  if (rich || rng.chance(0.35)) {
    t += rng.skewed(10, 1, 1, 600) * US_PER_MIN
    const text = lead.hostile || (rich && rng.chance(0.5)) ? hostileNote(lead.id) : rng.pick(NOTES)
    w.event(rng, {
      leadId: lead.id,
      kind: 'Note',
      eventType: 'note.created',
      category: 'Lead',
      status: 'Completed',
      description: `Note added by ${agent.first} ${agent.last}`,
      summary: text,
      createdUs: t,
      agentId: agent.id,
    })
  }
  if (answered || rich) {
    const outcome = welcome === 'Undeliverable' ? LEAD_STATUSES[5] : rng.pick(LEAD_STATUSES.slice(1, 5))
    setStatus((t += rng.skewed(1, 1, 0.05, 10) * US_PER_DAY), outcome)
  }
  if (rich) {
    writeLeadpingCall(w, rng, world, {
      lead,
      direction: 'outbound',
      startUs: anchorUs - US_PER_HOUR,
      forceStatus: 'scheduled',
    })
    writeLeadpingCall(w, rng, world, {
      lead,
      direction: 'outbound',
      startUs: anchorUs - 90 * S,
      forceStatus: 'completed',
      longTalk: true,
    })
  }
  if (!optedOutUs && (rich || anchorUs - t < 3 * US_PER_DAY)) {
    message(Math.min(t + US_PER_HOUR, anchorUs - 60 * S), 'outbound', rng.pick(FOLLOW_UPS), 'Scheduled')
  }
  return { last, optedOutUs }
}

/** Two recent recorded calls carry `javascript:` and `data:` recording URLs that must never be played. */
function plantRecordingProblems(ctx: SeedContext): void {
  const set = ctx.db.prepare(
    `UPDATE lp_calls SET recording = ? WHERE id = (SELECT id FROM lp_calls WHERE recording = ? AND ended_us <= ?
      ORDER BY created_us DESC LIMIT 1 OFFSET ?)`,
  )
  set.run(LP_RECORDING.javascript, LP_RECORDING.ok, ctx.anchorUs, 2)
  set.run(LP_RECORDING.data, LP_RECORDING.ok, ctx.anchorUs, 4)
}

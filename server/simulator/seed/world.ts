import { randomUuid, type Rng } from '../prng'
import { US_PER_DAY, US_PER_MIN } from '../time'
import { scaled, STREAM, streamRng, type SeedContext } from './context'
import { HOSTILE_LEADS, SPECIAL_LEADS } from './hostile'
import { COMPANY, FIRST_NAMES, LAST_NAMES, PLACES } from './names'
import { buildLeadProfile } from './lead-profile'

/**
 * The one company every provider serves: its agents, its phone numbers, and the leads (customers)
 * whose numbers recur across Telnyx, Leadping, Skipcall and CallingBox, as they would in real life.
 */
export type NumberRef = { id: number; e164: string; uuid: string; label: string | null }
export type AgentRef = {
  id: number
  uuid: string
  first: string
  last: string
  email: string
  /** The agent's softphone address (a Telnyx SIP URI); also stored in `numbers`. */
  sip: NumberRef
  membershipUuid: string
}
export type LeadRef = {
  id: number
  uuid: string
  first: string
  last: string
  number: NumberRef
  agentId: number
  createdUs: number
  conversationUuid: string
  hostile: boolean
}
export type World = {
  agents: AgentRef[]
  companyNumbers: NumberRef[]
  /** Callers that are not leads: wrong numbers, spam, vendors. */
  strangers: NumberRef[]
  leads: LeadRef[]
  pickLead(rng: Rng): LeadRef
}

export const AGENT_COUNT = 36
const COMPANY_LINES = 24

function makeNumberFactory(ctx: SeedContext) {
  const insert = ctx.db.prepare('INSERT INTO numbers (id, e164, kind, uuid, label) VALUES (?, ?, ?, ?, ?)')
  const seen = new Set<string>()
  let nextId = 1
  return (rng: Rng, kind: string, make: () => string, label: string | null = null): NumberRef => {
    let e164 = make()
    while (seen.has(e164)) e164 = make()
    seen.add(e164)
    const ref = { id: nextId++, e164, uuid: randomUuid(rng), label }
    insert.run(ref.id, ref.e164, kind, ref.uuid, label)
    return ref
  }
}

function usNumber(rng: Rng, area: string): string {
  let exchange = rng.int(201, 989)
  if (exchange === 555 || exchange % 100 === 11) exchange += 1
  return `+1${area}${exchange}${String(rng.int(0, 9999)).padStart(4, '0')}`
}

function foreignNumber(rng: Rng): string {
  return rng.chance(0.6)
    ? `+336${String(rng.int(10_000_000, 99_999_999))}`
    : `+447700900${String(rng.int(0, 999)).padStart(3, '0')}`
}

/** A plain ASCII address even for hostile or non-Latin names (email fields are format-checked). */
function emailFor(first: string, last: string, id: number): string {
  const clean = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 20)
  const local = [clean(first), clean(last)].filter((part) => part !== '').join('.')
  return `${local || 'lead'}${id}@example.com`
}

export function seedWorld(ctx: SeedContext): World {
  const rng = streamRng(ctx, STREAM.world)
  const number = makeNumberFactory(ctx)
  const companyNumbers: NumberRef[] = [
    number(rng, 'company', () => '+18885550142', 'Main line (toll-free)'),
    number(rng, 'company', () => '+15125550100', 'Sales'),
    number(rng, 'company', () => '+15125550199', 'Support'),
  ]
  for (let i = companyNumbers.length; i < COMPANY_LINES; i++) {
    const place = PLACES[i % PLACES.length] ?? PLACES[0]
    companyNumbers.push(
      number(rng, 'company', () => usNumber(rng, place.area), `Local presence ${place.city}`),
    )
  }

  const insertAgent = ctx.db.prepare(
    'INSERT INTO agents (id, uuid, first_name, last_name, email, number_id, membership_uuid) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const agents: AgentRef[] = []
  for (let i = 1; i <= AGENT_COUNT; i++) {
    const first = FIRST_NAMES[(i * 7) % FIRST_NAMES.length] ?? 'Alex'
    const last = LAST_NAMES[(i * 11) % LAST_NAMES.length] ?? 'Doe'
    const handle = `${first}.${last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '')
    const sip = number(rng, 'agent', () => `sip:${handle}${i}@brightline.sip.telnyx.com`, `${first} ${last}`)
    const agent = {
      id: i,
      uuid: randomUuid(rng),
      first,
      last,
      email: `${handle}@${COMPANY.domain}`,
      sip,
      membershipUuid: randomUuid(rng),
    }
    insertAgent.run(agent.id, agent.uuid, first, last, agent.email, sip.id, agent.membershipUuid)
    agents.push(agent)
  }

  const strangers: NumberRef[] = []
  for (let i = 0; i < scaled(ctx, 60, 10); i++) {
    strangers.push(number(rng, 'other', () => usNumber(rng, rng.pick(PLACES).area)))
  }

  const leadCount = scaled(ctx, 400, 60)
  const insertLead = ctx.db.prepare(
    `INSERT INTO leads (id, uuid, first_name, last_name, email, number_id, agent_id, created_us,
      conversation_uuid, profile, hostile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const leads: LeadRef[] = []
  for (let id = 1; id <= leadCount; id++) {
    const hostile = HOSTILE_LEADS[id]
    const fixed = hostile ?? SPECIAL_LEADS[id]
    const first = fixed?.first ?? rng.pick(FIRST_NAMES)
    const last = fixed?.last ?? rng.pick(LAST_NAMES)
    const place = rng.pick(PLACES)
    // Leads 41-43 share one phone number: real CRMs have duplicates, and the UI must cope.
    const shared = id === 42 || id === 43 ? leads[40]?.number : undefined
    const num =
      shared ?? number(rng, 'lead', () => (rng.chance(0.06) ? foreignNumber(rng) : usNumber(rng, place.area)))
    const createdUs = ctx.anchorUs - Math.floor(rng.next() * 30 * US_PER_DAY) - 10 * US_PER_MIN
    const lead: LeadRef = {
      id,
      uuid: randomUuid(rng),
      first,
      last,
      number: num,
      agentId: rng.int(1, AGENT_COUNT),
      createdUs,
      conversationUuid: randomUuid(rng),
      hostile: hostile !== undefined,
    }
    const email = rng.chance(0.85) ? emailFor(first, last, id) : null
    const profile = buildLeadProfile(rng, place)
    insertLead.run(
      id,
      lead.uuid,
      first,
      last,
      email,
      num.id,
      lead.agentId,
      createdUs,
      lead.conversationUuid,
      JSON.stringify(profile),
      hostile ? 1 : 0,
    )
    leads.push(lead)
  }
  return { agents, companyNumbers, strangers, leads, pickLead: makeLeadPicker(leads) }
}

/**
 * Picks a lead, favouring "hot" leads the way real call logs do. Lead 1 is the showcase lead (about 1%
 * of all calls); hostile leads get a few calls each so the UI meets them; the test and warm-up leads
 * get none; otherwise a few leads get many calls and most get one or two.
 */
export function makeLeadPicker(leads: LeadRef[]): (rng: Rng) => LeadRef {
  const weights = leads.map((_, i) => 1 / Math.pow(1 + (i % 97), 0.7))
  const base = weights.reduce((a, b) => a + b, 0)
  leads.forEach((lead, i) => {
    if (lead.id === 1) weights[i] = base * 0.01
    else if (lead.hostile) weights[i] = base * 0.003
    else if (lead.id === 2 || lead.id === 3) weights[i] = 0
  })
  const cumulative = new Float64Array(weights.length)
  let total = 0
  weights.forEach((w, i) => {
    total += w
    cumulative[i] = total
  })
  return (r: Rng): LeadRef => {
    const target = r.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1
      else hi = mid
    }
    const lead = leads[lo]
    if (!lead) throw new Error('no leads')
    return lead
  }
}

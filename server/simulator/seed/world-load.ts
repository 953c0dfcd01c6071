import type { Db } from '../db'
import { makeLeadPicker, type AgentRef, type LeadRef, type NumberRef, type World } from './world'

type NumberRow = { id: number; e164: string; uuid: string; label: string | null }

/** Rebuilds the in-memory world from the database, for live mode after a restart without reseeding. */
export function loadWorld(db: Db): World {
  const numbers = (kind: string) =>
    db
      .prepare('SELECT id, e164, uuid, label FROM numbers WHERE kind = ? ORDER BY id')
      .all(kind) as NumberRow[]
  const byId = new Map<number, NumberRef>()
  for (const kind of ['company', 'agent', 'lead', 'other']) for (const n of numbers(kind)) byId.set(n.id, n)
  const agents = (
    db
      .prepare(
        'SELECT id, uuid, first_name, last_name, email, number_id, membership_uuid FROM agents ORDER BY id',
      )
      .all() as {
      id: number
      uuid: string
      first_name: string
      last_name: string
      email: string
      number_id: number
      membership_uuid: string
    }[]
  ).map((a): AgentRef => ({
    id: a.id,
    uuid: a.uuid,
    first: a.first_name,
    last: a.last_name,
    email: a.email,
    sip: byId.get(a.number_id) ?? { id: a.number_id, e164: '', uuid: '', label: null },
    membershipUuid: a.membership_uuid,
  }))
  const leads = (
    db
      .prepare(
        'SELECT id, uuid, first_name, last_name, number_id, agent_id, created_us, conversation_uuid, hostile FROM leads ORDER BY id',
      )
      .all() as {
      id: number
      uuid: string
      first_name: string
      last_name: string
      number_id: number
      agent_id: number
      created_us: number
      conversation_uuid: string
      hostile: number
    }[]
  ).map((l): LeadRef => ({
    id: l.id,
    uuid: l.uuid,
    first: l.first_name,
    last: l.last_name,
    number: byId.get(l.number_id) ?? { id: l.number_id, e164: '', uuid: '', label: null },
    agentId: l.agent_id,
    createdUs: l.created_us,
    conversationUuid: l.conversation_uuid,
    hostile: l.hostile === 1,
  }))
  return {
    agents,
    companyNumbers: numbers('company'),
    strangers: numbers('other'),
    leads,
    pickLead: makeLeadPicker(leads),
  }
}

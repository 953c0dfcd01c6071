import { derivedUuid, hashString, mix } from '../../prng'
import type { SimContext } from '../../sim-context'
import { isoMillis } from '../../time'

export type SkipcallRow = {
  id: number
  uuid: string
  call_type: string
  status: string
  direction: string
  lead_uuid: string | null
  lead_first: string | null
  lead_last: string | null
  lead_id: number | null
  agent_first: string
  agent_last: string
  membership_uuid: string
  contact_unknown: number
  contact_number: string
  caller_number: string
  managed_number_uuid: string
  created_us: number
  started_us: number | null
  answered_us: number | null
  ended_us: number | null
  transferred: number
  sequence_uuid: string | null
  sequence_run_uuid: string | null
  synced_us: number | null
  deleted_us: number | null
  notes: string | null
  conference: number
}

export const SKIPCALL_SELECT = `SELECT k.*, ld.uuid AS lead_uuid, ld.first_name AS lead_first, ld.last_name AS lead_last,
  a.first_name AS agent_first, a.last_name AS agent_last, a.membership_uuid FROM sk_calls k
  LEFT JOIN leads ld ON ld.id = k.lead_id JOIN agents a ON a.id = k.agent_id`

/** The workspace-scoped organization behind the simulator's Skipcall key. */
export const SKIPCALL_ORGANIZATION_ID = '5b0f3c2e-8d41-4c67-a1f9-2e7d9c3b6a10'

function sid(prefix: string, ...parts: number[]): string {
  let out = prefix
  let h = mix(...parts)
  while (out.length < 34) {
    h = mix(h, out.length)
    out += (h >>> 0).toString(16).padStart(8, '0')
  }
  return out.slice(0, 34)
}

/**
 * A Skipcall call as documented on "Get a call". Times at or before the data clock only: a call under
 * way has `endedAt: null` and a live status. Optional fields without a value are left out, which is
 * what a NestJS serializer does with `undefined`.
 */
export function serializeSkipcall(ctx: SimContext, row: SkipcallRow): Record<string, unknown> {
  const now = ctx.clock.dataUs()
  const ended = row.ended_us !== null && row.ended_us <= now
  const started = row.started_us !== null && row.started_us <= now
  const status = ended
    ? row.status
    : !started
      ? 'initiated'
      : row.answered_us !== null && row.answered_us <= now
        ? 'in_progress'
        : 'ringing'
  const h = hashString(row.uuid)
  const contactId =
    row.lead_id === null ? derivedUuid(ctx.seed, 0x5c, h) : derivedUuid(ctx.seed, 0x5c, row.lead_id)
  const out: Record<string, unknown> = {
    id: row.uuid,
    callType: row.call_type,
    status,
    type: row.direction,
    startedAt: started && row.started_us !== null ? isoMillis(row.started_us) : null,
    endedAt: ended && row.ended_us !== null ? isoMillis(row.ended_us) : null,
    createdAt: isoMillis(row.created_us),
    contact: {
      id: contactId,
      firstName: row.contact_unknown ? null : row.lead_first,
      lastName: row.contact_unknown ? null : row.lead_last,
      isUnknown: row.contact_unknown === 1,
    },
    phoneNumber: { value: row.contact_number },
    caller: { firstName: row.agent_first, lastName: row.agent_last },
    callerPhoneNumber: { value: row.caller_number },
    phoneNumberId: derivedUuid(ctx.seed, 0x5d, hashString(row.contact_number)),
    userProviderSid: sid('CA', ctx.seed, row.id, 1),
    adminProviderSid: row.conference ? sid('CA', ctx.seed, row.id, 2) : null,
    transferred: row.transferred === 1,
    updatedAt: isoMillis(ended && row.ended_us !== null ? row.ended_us + 45_000_000 : row.created_us),
    syncedWithCrmDate:
      ended && row.synced_us !== null && row.synced_us <= now ? isoMillis(row.synced_us) : null,
    deletedAt: row.deleted_us !== null && row.deleted_us <= now ? isoMillis(row.deleted_us) : null,
    organizationId: SKIPCALL_ORGANIZATION_ID,
    organizationMembershipId: row.membership_uuid,
    managedPhoneNumberId: row.managed_number_uuid,
  }
  if (row.conference) out.providerConferenceId = sid('CF', ctx.seed, row.id, 3)
  if (row.sequence_uuid) out.sequenceId = row.sequence_uuid
  if (row.sequence_run_uuid) out.sequenceRunId = row.sequence_run_uuid
  if (row.notes !== null) out.notes = row.notes
  return out
}

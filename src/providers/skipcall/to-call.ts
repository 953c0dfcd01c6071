import { TERMINAL_STATUSES, type Call } from '#domain/call'
import { describeSkipcallEnd } from '#domain/end-reasons/skipcall'
import { secondsBetween, toIsoUtc } from '#domain/time'
import { stepsFromFields } from '../adapter-kit/steps'
import { orNull, presentIds } from '../adapter-kit/wire-primitives'
import { skipcallStatus } from './status'
import type { SkipcallCallWire } from './wire-schema'
import { readDirection } from '../adapter-kit/direction'

function fullName(person: { firstName?: string | null; lastName?: string | null }): string | null {
  const name = [person.firstName, person.lastName]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' ')
  return name === '' ? null : name
}

/**
 * One Skipcall call → Call. `phoneNumber` is the contact's number and `callerPhoneNumber` the rep's
 * managed number, so from/to swap with the direction (an unknown direction reads as outbound: Skipcall
 * is a dialer). No answer time, talk time or recording is documented.
 */
export function skipcallCallToCall(wire: SkipcallCallWire, raw: unknown): Call {
  const status = skipcallStatus(wire.status)
  const direction = readDirection(wire.type)
  const contactNumber = wire.phoneNumber.value
  const repNumber = wire.callerPhoneNumber.value
  const inbound = direction === 'inbound'
  const startedAt = toIsoUtc(wire.startedAt)
  const endedAt = toIsoUtc(wire.endedAt)
  const contactName = fullName(wire.contact)
  const transferred = wire.transferred === true
  return {
    source: 'skipcall',
    id: wire.id,
    relatedIds: presentIds(
      wire.contact.id,
      wire.sequenceRunId,
      wire.userProviderSid,
      wire.adminProviderSid,
      wire.providerConferenceId,
    ),
    direction,
    status,
    rawStatus: wire.status,
    rawReason: null,
    from: inbound ? contactNumber : repNumber,
    to: inbound ? repNumber : contactNumber,
    occurredAt: toIsoUtc(wire.createdAt) ?? wire.createdAt,
    rawOccurredAt: wire.createdAt,
    answeredAt: null,
    endedAt,
    durations: {
      totalSec: secondsBetween(startedAt, endedAt),
      ringSec: null,
      talkSec: null,
      billableSec: null,
    },
    cost: null,
    endReason: describeSkipcallEnd(wire.status, transferred),
    lead: null,
    contact: wire.contact.id || contactName ? { id: orNull(wire.contact.id), name: contactName } : null,
    agent: { id: orNull(wire.organizationMembershipId), name: fullName(wire.caller) },
    recording: { kind: 'none', reason: 'unsupported' },
    timeline: stepsFromFields(
      [
        { kind: 'created', rawAt: wire.createdAt, sourceField: 'createdAt' },
        { kind: 'initiated', rawAt: wire.startedAt, sourceField: 'startedAt' },
        {
          kind: 'ended',
          rawAt: wire.endedAt,
          sourceField: 'endedAt',
          detail: transferred ? 'transferred' : undefined,
        },
      ],
      raw,
    ),
    terminal: TERMINAL_STATUSES.has(status),
    details: {
      source: 'skipcall',
      callType: wire.callType,
      sequenceId: orNull(wire.sequenceId),
      sequenceRunId: orNull(wire.sequenceRunId),
      conferenceId: orNull(wire.providerConferenceId),
      transferred: orNull(wire.transferred),
      notes: orNull(wire.notes),
      contactIsUnknown: orNull(wire.contact.isUnknown),
      syncedWithCrmAt: toIsoUtc(wire.syncedWithCrmDate),
      deletedAt: toIsoUtc(wire.deletedAt),
    },
    raw,
  }
}

import type { ActivityItem } from '#domain/activity'
import { toIsoUtc } from '#domain/time'
import { stepsFromFields } from '../adapter-kit/steps'
import { orNull, readNumber } from '../adapter-kit/wire-primitives'
import { activityKind, activityOutcome } from './activity-status'
import type { LeadpingEventWire } from './event-schema'
import { readDirection } from '../adapter-kit/direction'

/**
 * One lead-timeline event → ActivityItem, with its delivery ladder (scheduled → queued → sending → sent
 * → delivered, or failed / undeliverable / blocked / canceled) read from the timestamp fields. Both
 * revisions: `timelineType` or `activityType`, `trafficType` or `isWarmup`, numbers or strings.
 */
export function leadpingEventToActivity(wire: LeadpingEventWire, raw: unknown): ActivityItem {
  const type = orNull(wire.timelineType) ?? orNull(wire.activityType)
  const kind = activityKind(type, (wire.media ?? []).length > 0)
  const trafficType = orNull(wire.trafficType)
  return {
    source: 'leadping',
    id: wire.id,
    relatedIds: [
      ...new Set(
        [wire.relatedEntityId, wire.conversationId, wire.telnyxId, wire.providerMessageId].filter(
          (id): id is string => typeof id === 'string' && id !== '',
        ),
      ),
    ],
    kind,
    direction: readDirection(wire.direction),
    outcome: activityOutcome(kind, orNull(wire.status)),
    rawStatus: orNull(wire.status),
    statusReason: orNull(wire.statusReason) ?? orNull(wire.cancelReason) ?? orNull(wire.scheduledReason),
    occurredAt: toIsoUtc(wire.createdAt) ?? wire.createdAt,
    from: orNull(wire.fromPhoneNumber),
    to: orNull(wire.toPhoneNumber),
    description: orNull(wire.summary) ?? orNull(wire.description),
    errorCode: orNull(wire.errorCode),
    retryCount: readNumber(wire.retryCount),
    nextRetryAt: toIsoUtc(wire.nextRetryAt),
    trafficType,
    isWarmup: wire.isWarmup === true || trafficType === 'Warmup' || type === 'Warmup',
    timeline: stepsFromFields(
      [
        { kind: 'created', rawAt: wire.createdAt, sourceField: 'createdAt' },
        {
          kind: 'scheduled',
          rawAt: wire.scheduledFor,
          sourceField: 'scheduledFor',
          detail: orNull(wire.scheduledReason) ?? undefined,
        },
        { kind: 'queued', rawAt: wire.queuedAt, sourceField: 'queuedAt' },
        { kind: 'sending', rawAt: wire.sendingStartedAt, sourceField: 'sendingStartedAt' },
        { kind: 'sent', rawAt: wire.sentAt, sourceField: 'sentAt' },
        { kind: 'delivered', rawAt: wire.deliveredAt, sourceField: 'deliveredAt' },
        { kind: 'received', rawAt: wire.receivedAt, sourceField: 'receivedAt' },
        {
          kind: 'failed',
          rawAt: wire.failedAt,
          sourceField: 'failedAt',
          detail: orNull(wire.errorCode) ?? undefined,
        },
        { kind: 'undeliverable', rawAt: wire.undeliverableAt, sourceField: 'undeliverableAt' },
        {
          kind: 'blocked',
          rawAt: wire.blockedAt,
          sourceField: 'blockedAt',
          detail: orNull(wire.complianceAction) ?? undefined,
        },
        {
          kind: 'canceled',
          rawAt: wire.canceledAt,
          sourceField: 'canceledAt',
          detail: orNull(wire.cancelReason) ?? undefined,
        },
      ],
      raw,
    ),
    call: null,
    mergedFrom: [],
    raw,
  }
}

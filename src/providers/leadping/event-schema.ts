import * as z from 'zod/mini'
import { IsoInstant, opt } from '../adapter-kit/wire-primitives'
import { DecimalLike, IntLike } from './wire-schema'

/**
 * Leadping timeline events (`GET /events/{eventId}`, `POST /events/leads/{leadId}`) in both revisions:
 * 2026-07 pages say `activityType` / `activityCategory`, `isWarmup`, `telnyxId`, `providerMessageId`,
 * `tenDlcCampaignId` and `retryCount` as a string; 2026-08 says `timelineType` / `timelineCategory`,
 * `relatedEntity*`, `media`, `actor*` and numbers. `Disposition` became `LeadStatusChange`.
 */
export const LEADPING_TIMELINE_TYPES = [
  'Message',
  'Sms',
  'Mms',
  'Call',
  'Voicemail',
  'Note',
  'Disposition',
  'LeadStatusChange',
  'LeadCreated',
  'LeadUpdated',
  'Notification',
  'Payment',
  'Warmup',
] as const

/** Both spellings of cancelled and the space in "Opted out" are documented values. */
export const LEADPING_TIMELINE_STATUSES = [
  'Pending',
  'InProgress',
  'Completed',
  'Cancelled',
  'Scheduled',
  'Queued',
  'Sending',
  'Sent',
  'Received',
  'Delivered',
  'Undeliverable',
  'Opted out',
  'Blocked',
  'Initiated',
  'Ringing',
  'Active',
  'Ended',
  'Missed',
  'Voicemail',
  'Failed',
  'Canceled',
] as const

export const LEADPING_TRAFFIC_TYPES = [
  'RealLead',
  'Warmup',
  'Test',
  'SystemInternal',
  'FailedAttempt',
] as const

const MediaWireSchema = z.object({
  url: z.string(),
  contentType: opt(z.string()),
  size: opt(z.number()),
  sha256: opt(z.string()),
  fileName: opt(z.string()),
})

export const LeadpingEventWireSchema = z.object({
  id: z.string(),
  eventType: z.string(),
  eventCategory: opt(z.string()),
  activityType: opt(z.string()),
  activityCategory: opt(z.string()),
  timelineType: opt(z.string()),
  timelineCategory: opt(z.string()),
  description: opt(z.string()),
  conversationId: opt(z.string()),
  leadId: opt(z.string()),
  relatedEntityType: opt(z.string()),
  relatedEntityId: opt(z.string()),
  summary: opt(z.string()),
  media: opt(z.array(MediaWireSchema)),
  direction: opt(z.string()),
  status: opt(z.string()),
  statusReason: opt(z.string()),
  isWarmup: opt(z.boolean()),
  trafficType: opt(z.string()),
  fromPhoneNumberId: opt(z.string()),
  outboundPhoneNumberId: opt(z.string()),
  fromPhoneNumber: opt(z.string()),
  toPhoneNumber: opt(z.string()),
  telnyxId: opt(z.string()),
  providerMessageId: opt(z.string()),
  selectionReason: opt(z.string()),
  wasManuallyOverridden: opt(z.boolean()),
  campaignId: opt(z.string()),
  sourceId: opt(z.string()),
  tenDlcCampaignId: opt(z.string()),
  complianceAction: opt(z.string()),
  billingStatus: opt(z.string()),
  billableAmount: opt(DecimalLike),
  errorCode: opt(z.string()),
  retryCount: opt(IntLike),
  queuedAt: opt(IsoInstant),
  sendingStartedAt: opt(IsoInstant),
  sentAt: opt(IsoInstant),
  deliveredAt: opt(IsoInstant),
  receivedAt: opt(IsoInstant),
  failedAt: opt(IsoInstant),
  undeliverableAt: opt(IsoInstant),
  blockedAt: opt(IsoInstant),
  nextRetryAt: opt(IsoInstant),
  scheduledFor: opt(IsoInstant),
  scheduledReason: opt(z.string()),
  canceledAt: opt(IsoInstant),
  cancelReason: opt(z.string()),
  createdAt: IsoInstant,
  createdBy: opt(z.string()),
  actorUserId: opt(z.string()),
  actorDisplayName: opt(z.string()),
  actorEmail: opt(z.string()),
})
export type LeadpingEventWire = z.infer<typeof LeadpingEventWireSchema>

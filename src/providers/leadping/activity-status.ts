import type { ActivityKind, MessageOutcome } from '#domain/activity'
import type { CallStatus } from '#domain/call'
import { lookup } from '#domain/lookup'

const KIND_BY_TYPE: Record<string, ActivityKind> = {
  message: 'sms',
  sms: 'sms',
  mms: 'mms',
  call: 'call',
  voicemail: 'voicemail',
  note: 'note',
  disposition: 'status_change',
  leadstatuschange: 'status_change',
  notification: 'notification',
}

/** `timelineType` (2026-08) or `activityType` (2026-07) → kind; a message with media is an MMS. */
export function activityKind(type: string | null, hasMedia: boolean): ActivityKind {
  const kind = type === null ? undefined : lookup(KIND_BY_TYPE, type.toLowerCase())
  if (kind === 'sms' && hasMedia) return 'mms'
  return kind ?? 'other'
}

/** Title-case timeline status → a key without case, spaces or spelling variants. */
function key(status: string): string {
  return status
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
}

const MESSAGE_OUTCOME: Record<string, MessageOutcome> = {
  pending: 'pending',
  inprogress: 'sending',
  completed: 'completed',
  cancelled: 'canceled',
  canceled: 'canceled',
  scheduled: 'scheduled',
  queued: 'queued',
  sending: 'sending',
  sent: 'sent',
  received: 'received',
  delivered: 'delivered',
  undeliverable: 'undeliverable',
  optedout: 'opted_out',
  blocked: 'blocked',
  failed: 'failed',
}

const CALL_OUTCOME: Record<string, CallStatus> = {
  pending: 'queued',
  inprogress: 'in_progress',
  active: 'in_progress',
  completed: 'completed',
  ended: 'completed',
  cancelled: 'canceled',
  canceled: 'canceled',
  scheduled: 'scheduled',
  queued: 'queued',
  initiated: 'initiated',
  ringing: 'ringing',
  missed: 'missed',
  voicemail: 'voicemail',
  blocked: 'blocked',
  failed: 'failed',
}

/** Calls and voicemails use the call vocabulary; everything else the message ladder. */
export function activityOutcome(kind: ActivityKind, status: string | null): string {
  if (status === null) return 'unknown'
  if (kind === 'call') return lookup(CALL_OUTCOME, key(status)) ?? 'unknown'
  if (kind === 'voicemail')
    return key(status) === 'voicemail' ? 'voicemail' : (lookup(CALL_OUTCOME, key(status)) ?? 'unknown')
  return lookup(MESSAGE_OUTCOME, key(status)) ?? 'unknown'
}

import type { CallStatus } from '#domain/call'
import { lookup } from '#domain/lookup'

const CALL_STATUS: Record<string, CallStatus> = {
  scheduled: 'scheduled',
  queued: 'queued',
  initiated: 'initiated',
  ringing: 'ringing',
  in_progress: 'in_progress',
  active: 'in_progress',
  completed: 'completed',
  ended: 'completed',
  // A transferred call was answered and handed on; the step shows it.
  transferred: 'completed',
  busy: 'busy',
  no_answer: 'no_answer',
  failed: 'failed',
  canceled: 'canceled',
  cancelled: 'canceled',
  missed: 'missed',
  voicemail: 'voicemail',
  blocked_billing: 'blocked',
  blocked_phone_number_status: 'blocked',
  blocked_configuration: 'blocked',
  blocked_permission: 'blocked',
  configuration_required: 'blocked',
}

/** Leadping `PhoneCallStatus` → common status; an undocumented word → unknown (raw kept by the caller). */
export function leadpingCallStatus(status: string | null | undefined): CallStatus {
  if (status === null || status === undefined) return 'unknown'
  return lookup(CALL_STATUS, status.trim().toLowerCase()) ?? 'unknown'
}

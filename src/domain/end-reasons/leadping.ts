import { lookup } from '../lookup'

/** Leadping `PhoneCallStatus` values as outcomes a support agent understands. */
const CALL_STATUSES: Record<string, string> = {
  scheduled: 'Scheduled to be placed later',
  queued: 'Waiting to be placed',
  initiated: 'Being placed',
  ringing: 'Ringing',
  in_progress: 'In progress',
  active: 'In progress',
  completed: 'The call finished normally',
  ended: 'The call ended',
  busy: 'The callee was busy',
  no_answer: 'Nobody answered',
  failed: 'The call failed',
  canceled: 'The call was cancelled',
  missed: 'Missed: nobody picked up the incoming call',
  transferred: 'The call was transferred',
  voicemail: 'The call went to voicemail',
  blocked_billing: 'Blocked: the account has a billing problem (balance or payment)',
  blocked_phone_number_status: 'Blocked: the calling number is not in a usable state',
  blocked_configuration: 'Blocked: calling is not configured correctly for this account',
  blocked_permission: 'Blocked: this user is not allowed to place calls',
  configuration_required: 'Not placed: calling needs to be set up first',
}

export function describeLeadpingCall(status: string | null, reason: string | null): string | null {
  if (status === null && reason === null) return null
  const words = status === null ? null : (lookup(CALL_STATUSES, status) ?? `Status "${status}"`)
  if (words === null) return reason
  return reason === null || reason.trim() === '' ? `${words}.` : `${words}: ${reason}`
}

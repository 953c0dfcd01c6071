import type { CallStatus, Direction, StepKind } from './call'

/**
 * The words every screen uses for the common vocabulary, so the list, the call page, the lead page and
 * the CSV export can never disagree about what a status is called.
 */
export const STATUS_LABELS: Record<CallStatus, string> = {
  scheduled: 'Scheduled',
  queued: 'Queued',
  initiated: 'Initiated',
  ringing: 'Ringing',
  in_progress: 'In progress',
  completed: 'Completed',
  no_answer: 'No answer',
  busy: 'Busy',
  voicemail: 'Voicemail',
  missed: 'Missed',
  canceled: 'Canceled',
  failed: 'Failed',
  blocked: 'Blocked',
  unknown: 'Unknown',
}

export const DIRECTION_LABELS: Record<Direction, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
  unknown: 'Unknown direction',
}

export const STEP_LABELS: Record<StepKind, string> = {
  created: 'Created',
  scheduled: 'Scheduled',
  queued: 'Queued',
  initiated: 'Initiated',
  ringing: 'Ringing',
  answered: 'Answered',
  bridged: 'Bridged',
  machine_detected: 'Machine detection',
  transferred: 'Transferred',
  recording_saved: 'Recording saved',
  ended: 'Ended',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  received: 'Received',
  failed: 'Failed',
  undeliverable: 'Undeliverable',
  blocked: 'Blocked',
  opted_out: 'Opted out',
  canceled: 'Canceled',
}

import type { CallStatus } from './call'

/**
 * The chart stacks four outcomes rather than fourteen statuses: a bar must be readable at a glance.
 * Grouping follows what a person asks of a period — did people pick up, did we miss them, did the call
 * not go through at all, or is it not over yet:
 * - answered: `completed` (every source uses it for a call that connected);
 * - missed: `no_answer`, `missed`, `voicemail` (nobody live picked up);
 * - failed: `busy`, `failed`, `blocked`, `canceled` (the call did not go through);
 * - other: calls still under way (`scheduled`, `queued`, `initiated`, `ringing`, `in_progress`) and
 *   `unknown`, which is a status the source sent that we could not map.
 */
export const OUTCOME_GROUPS = ['answered', 'missed', 'failed', 'other'] as const
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]

export const OUTCOME_LABELS: Record<OutcomeGroup, string> = {
  answered: 'Answered',
  missed: 'No answer / voicemail',
  failed: 'Busy / failed / canceled',
  other: 'In progress / other',
}

const GROUP_OF: Record<CallStatus, OutcomeGroup> = {
  completed: 'answered',
  no_answer: 'missed',
  missed: 'missed',
  voicemail: 'missed',
  busy: 'failed',
  failed: 'failed',
  blocked: 'failed',
  canceled: 'failed',
  scheduled: 'other',
  queued: 'other',
  initiated: 'other',
  ringing: 'other',
  in_progress: 'other',
  unknown: 'other',
}

export function outcomeGroup(status: CallStatus): OutcomeGroup {
  return GROUP_OF[status]
}

export type OutcomeCounts = Record<OutcomeGroup, number>

export function emptyCounts(): OutcomeCounts {
  return { answered: 0, missed: 0, failed: 0, other: 0 }
}

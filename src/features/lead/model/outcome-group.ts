import type { ActivityItem } from '#domain/activity'
import { lacksDeliveryReceipt } from './receipt'

/** The outcome filter: three groups a support agent asks about, across calls and messages. */
export const OUTCOME_GROUPS = ['completed', 'problem', 'pending'] as const
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]

export const OUTCOME_GROUP_LABELS: Record<OutcomeGroup, string> = {
  completed: 'Completed (delivered, received, answered)',
  problem: 'Problems (failed, blocked, opted out, not reached, no receipt)',
  pending: 'Pending (scheduled, queued, sending, in progress)',
}

const GROUP_OF: Record<string, OutcomeGroup> = {
  delivered: 'completed',
  received: 'completed',
  completed: 'completed',
  failed: 'problem',
  undeliverable: 'problem',
  blocked: 'problem',
  opted_out: 'problem',
  canceled: 'problem',
  no_answer: 'problem',
  busy: 'problem',
  missed: 'problem',
  // A voicemail is a call nobody answered: ours to the lead, or the lead's to us.
  voicemail: 'problem',
  scheduled: 'pending',
  queued: 'pending',
  sending: 'pending',
  sent: 'pending',
  pending: 'pending',
  initiated: 'pending',
  ringing: 'pending',
  in_progress: 'pending',
}

/** The group an item's outcome falls in; null for outcomes the provider left unknown. */
export function outcomeGroup(item: ActivityItem, now: Date): OutcomeGroup | null {
  if (lacksDeliveryReceipt(item, now)) return 'problem'
  return GROUP_OF[item.outcome] ?? null
}

const OUTCOME_LABELS: Record<string, string> = {
  opted_out: 'Opted out',
  in_progress: 'In progress',
  no_answer: 'No answer',
  canceled: 'Canceled',
}

/** "Delivered", "Opted out", "No answer": an outcome in words. */
export function outcomeLabel(outcome: string): string {
  const known = OUTCOME_LABELS[outcome]
  if (known !== undefined) return known
  const words = outcome.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export { DIRECTION_LABELS, STATUS_LABELS, STEP_LABELS } from '#domain/labels'
import type { StepFlag } from '#domain/call'
import type { RecordingRef } from '#domain/call'

export const FLAG_LABELS: Record<StepFlag, { label: string; explanation: string }> = {
  out_of_order: {
    label: 'Out of order',
    explanation: 'The provider sent this event after a later one, or its time contradicts the call’s life.',
  },
  duplicate: {
    label: 'Duplicate',
    explanation: 'The provider sent this event more than once; every copy is shown.',
  },
}

type NoRecordingReason = Extract<RecordingRef, { kind: 'none' }>['reason']

/** Why there is nothing to play, in words a support agent can repeat to a customer. */
export const NO_RECORDING_REASONS: Record<NoRecordingReason, string> = {
  not_recorded: 'This call was not recorded.',
  missing: 'The provider says the call was recorded, but the recording file is missing.',
  failed: 'Recording failed at the provider, so there is no recording.',
  not_answered: 'The call was never answered, so there is nothing to record.',
  unsupported: 'This provider does not offer call recordings.',
  unknown: 'The provider did not say whether this call was recorded.',
}

import type { StepFlag } from '#domain/call'
import { FLAG_LABELS } from '../format/labels'

/** Badges for events the provider got wrong: shown next to the event, never used to hide it. */
export function StepFlags({ flags }: { flags: readonly StepFlag[] }) {
  if (flags.length === 0) return null
  return (
    <span className="step-flags">
      {flags.map((flag) => (
        <span key={flag} className={`step-flag step-flag-${flag}`} title={FLAG_LABELS[flag].explanation}>
          {FLAG_LABELS[flag].label}
        </span>
      ))}
    </span>
  )
}

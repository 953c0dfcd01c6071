import { useId } from 'react'
import type { OccurredAtOperator } from '#providers/telnyx/to-query'
import { OCCURRED_OPERATORS } from '../url-state/events-url-state'

const OPERATOR_LABELS: Record<OccurredAtOperator, string> = {
  gt: 'after (gt)',
  gte: 'at or after (gte)',
  lt: 'before (lt)',
  lte: 'at or before (lte)',
  eq: 'exactly at (eq)',
}

type Props = {
  op: OccurredAtOperator
  value: string
  timeZone: string
  onOperator: (op: OccurredAtOperator) => void
  onValue: (value: string) => void
}

/**
 * Telnyx takes ONE occurred_at condition per request, so the field is one operator and one date-time,
 * typed to the second on the chosen zone's clock (the zone is printed next to it).
 */
export function OccurredAtField({ op, value, timeZone, onOperator, onValue }: Props) {
  const id = useId()
  return (
    <fieldset className="ev-field ev-occurred">
      <legend>Occurred at</legend>
      <label htmlFor={`${id}-op`} className="visually-hidden">
        Operator
      </label>
      <select
        id={`${id}-op`}
        name="occurred_op"
        value={op}
        onChange={(event) => {
          const next = OCCURRED_OPERATORS.find((candidate) => candidate === event.target.value)
          if (next) onOperator(next)
        }}
      >
        {OCCURRED_OPERATORS.map((operator) => (
          <option key={operator} value={operator}>
            {OPERATOR_LABELS[operator]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-at`} className="visually-hidden">
        Date and time
      </label>
      <input
        id={`${id}-at`}
        name="occurred_at"
        type="text"
        className="mono"
        value={value}
        placeholder="YYYY-MM-DD HH:MM:SS"
        aria-describedby={`${id}-hint`}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onValue(event.target.value)}
      />
      <small id={`${id}-hint`} className="ev-hint">
        {`On the ${timeZone} clock, to the second`}
      </small>
    </fieldset>
  )
}

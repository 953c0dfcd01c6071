import type { TelnyxLeg } from '#domain/call-details'

type Props = {
  legs: readonly TelnyxLeg[]
  labels: ReadonlyMap<string, string>
  value: string | null
  onChange: (legId: string | null) => void
  label: string
}

/** Choose one leg of a Telnyx session, or all of them. */
export function LegFilter({ legs, labels, value, onChange, label }: Props) {
  if (legs.length < 2) return null
  return (
    <label className="inline-filter">
      {label}{' '}
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">All legs</option>
        {legs.map((leg) => (
          <option key={leg.legId} value={leg.legId}>
            {`${labels.get(leg.legId) ?? leg.legId}: ${leg.direction}, ${leg.from ?? '?'} → ${leg.to ?? '?'}`}
          </option>
        ))}
      </select>
    </label>
  )
}

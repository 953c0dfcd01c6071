import { OUTCOME_GROUPS, OUTCOME_LABELS } from '#domain/outcome-groups'

/** What the colours mean; the stack order (bottom to top) follows the list order. */
export function VolumeLegend() {
  return (
    <ul className="vc-legend" aria-label="Outcomes, stacked from the bottom">
      {OUTCOME_GROUPS.map((group) => (
        <li key={group}>
          <span className={`vc-swatch vc-${group}`} aria-hidden="true" />
          {OUTCOME_LABELS[group]}
        </li>
      ))}
    </ul>
  )
}

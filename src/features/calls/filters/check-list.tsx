import { useId } from 'react'

type Props<T extends string> = {
  legend: string
  options: readonly T[]
  labels: Record<T, string>
  selected: readonly T[]
  onChange: (selected: T[]) => void
}

/**
 * A multi-select as a disclosure of checkboxes: native controls, so keyboard and screen readers work
 * without custom ARIA. Nothing selected means "any", which the summary says.
 */
export function CheckList<T extends string>({ legend, options, labels, selected, onChange }: Props<T>) {
  const id = useId()
  const summary =
    selected.length === 0
      ? 'Any'
      : selected.length <= 2
        ? selected.map((value) => labels[value]).join(', ')
        : `${selected.length} selected`
  const toggle = (value: T, checked: boolean) =>
    onChange(
      checked
        ? options.filter((o) => o === value || selected.includes(o))
        : selected.filter((o) => o !== value),
    )
  return (
    <details className="check-list">
      <summary aria-describedby={`${id}-value`}>
        {legend}: <span id={`${id}-value`}>{summary}</span>
      </summary>
      <fieldset className="check-list-body">
        <legend>{legend}</legend>
        {options.map((value) => (
          <label key={value} className="check-option">
            <input
              type="checkbox"
              checked={selected.includes(value)}
              onChange={(event) => toggle(value, event.target.checked)}
            />
            {labels[value]}
          </label>
        ))}
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Any {legend.toLowerCase()}
          </button>
        ) : null}
      </fieldset>
    </details>
  )
}

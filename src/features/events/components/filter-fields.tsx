import { useId, type ReactNode } from 'react'

type TextProps = {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** A datalist of suggestions (free text stays allowed). */
  suggestions?: readonly string[]
  hint?: ReactNode
  mono?: boolean
}

/** A labelled text filter; it applies with the form (Enter or "Apply filters"), not per key. */
export function TextFilter({ label, value, onChange, placeholder, suggestions, hint, mono }: TextProps) {
  const id = useId()
  return (
    <div className="ev-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        className={mono ? 'mono' : undefined}
        value={value}
        placeholder={placeholder}
        list={suggestions ? `${id}-list` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      {suggestions ? (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
      {hint ? (
        <small id={`${id}-hint`} className="ev-hint">
          {hint}
        </small>
      ) : null}
    </div>
  )
}

type SelectProps = {
  label: string
  value: string
  options: readonly (readonly [value: string, label: string])[]
  /** Selects apply at once: there is nothing to finish typing. */
  onChange: (value: string) => void
}

export function SelectFilter({ label, value, options, onChange }: SelectProps) {
  const id = useId()
  return (
    <div className="ev-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  )
}

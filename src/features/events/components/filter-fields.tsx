import { useId, type ReactNode } from 'react'

type TextProps = {
  label: string
  /** The URL parameter the field submits as (the form is a plain GET form before hydration). */
  name: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** A datalist of suggestions (free text stays allowed). */
  suggestions?: readonly string[]
  hint?: ReactNode
  mono?: boolean
}

/** A labelled text filter; it applies with the form (Enter or "Apply filters"), not per key. */
export function TextFilter({
  label,
  name,
  value,
  onChange,
  placeholder,
  suggestions,
  hint,
  mono,
}: TextProps) {
  const id = useId()
  return (
    <div className="ev-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
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
  /** The URL parameter the field submits as. */
  name: string
  value: string
  options: readonly (readonly [value: string, label: string])[]
  /** Selects apply at once: there is nothing to finish typing. */
  onChange: (value: string) => void
}

export function SelectFilter({ label, name, value, options, onChange }: SelectProps) {
  const id = useId()
  return (
    <div className="ev-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  )
}

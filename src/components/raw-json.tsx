import { useId, useMemo, useState } from 'react'
import { CopyButton } from './copy-button'

type Props = {
  value: unknown
  /** Heading of the block, e.g. "Raw payload". */
  title: string
  defaultOpen?: boolean
}

/**
 * A provider record exactly as received, as pretty-printed JSON text. It is rendered as a text node,
 * never as HTML, so markup inside provider data stays inert.
 */
export function RawJson({ value, title, defaultOpen = false }: Props) {
  const [open, setOpen] = useState(defaultOpen)
  const id = useId()
  const text = useMemo(() => {
    try {
      return JSON.stringify(value, null, 2) ?? String(value)
    } catch {
      return String(value)
    }
  }, [value])
  return (
    <section className="raw-json">
      <div className="raw-json-header">
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? `Hide ${title.toLowerCase()}` : `Show ${title.toLowerCase()}`}
        </button>
        <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />
      </div>
      {open ? (
        <pre id={id} className="raw-json-body" role="region" tabIndex={0} aria-label={title}>
          {text}
        </pre>
      ) : null}
    </section>
  )
}

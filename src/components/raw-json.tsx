import { useMemo } from 'react'
import { useDetailsOpen } from '#lib/use-details-open'
import { useHydrated } from '#lib/use-hydrated'
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
 *
 * A `<details>`, so "Show …" works before the page is hydrated (a `<button>` lost that click: issue #15,
 * e2e/before-hydration.spec.ts). The server's HTML carries the text, closed; once hydrated, a closed block
 * drops it and renders it again when opened (a lead's timeline may hold hundreds of records), and the
 * text is made only then: a closed block costs no JSON.stringify.
 */
export function RawJson({ value, title, defaultOpen = false }: Props) {
  const { ref, open, onToggle } = useDetailsOpen(defaultOpen)
  const hydrated = useHydrated()
  const name = title.toLowerCase()
  return (
    <section className="raw-json">
      <details ref={ref} open={defaultOpen || undefined} onToggle={onToggle} suppressHydrationWarning>
        {/* Both names are in the HTML; CSS shows the one for the element's state, with or without script. */}
        <summary className="raw-json-summary">
          <span className="raw-json-show">Show {name}</span>
          <span className="raw-json-hide">Hide {name}</span>
        </summary>
        {open || !hydrated ? <RawJsonBody value={value} title={title} name={name} /> : null}
      </details>
    </section>
  )
}

/** What an open block shows: Copy and the text it copies. */
function RawJsonBody({ value, title, name }: { value: unknown; title: string; name: string }) {
  const text = useMemo(() => {
    try {
      return JSON.stringify(value, null, 2) ?? String(value)
    } catch {
      return String(value)
    }
  }, [value])
  return (
    <>
      <CopyButton text={text} label={`Copy ${name}`} />
      <pre className="raw-json-body" role="region" tabIndex={0} aria-label={title}>
        {text}
      </pre>
    </>
  )
}

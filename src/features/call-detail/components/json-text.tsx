/** A provider value of any shape as pretty JSON text (a text node: markup inside stays inert). */
export function JsonText({ value, label }: { value: unknown; label: string }) {
  let text: string
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value))
  } catch {
    text = String(value)
  }
  return (
    <pre className="json-text" role="region" aria-label={label} tabIndex={0}>
      {text}
    </pre>
  )
}

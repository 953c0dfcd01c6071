const MAX_SHOWN = 300

type Props = {
  /** Who sent it: "Telnyx sent a recording link". */
  label: string
  value: string
}

/** A provider URL that is not http(s) (`javascript:`, `data:`): shown as text and a data problem, never used. */
export function UnsafeLink({ label, value }: Props) {
  const shown =
    value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}… (${value.length} characters)` : value
  return (
    <div className="alert warn unsafe-link">
      <strong>Data problem: </strong>
      {`${label} that is not an http(s) address, so it is neither played nor linked.`}
      <div>
        As sent: <code className="unsafe-url">{shown}</code>
      </div>
    </div>
  )
}

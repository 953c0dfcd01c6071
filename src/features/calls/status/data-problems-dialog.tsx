import { useEffect, useRef } from 'react'
import { SOURCE_LABELS } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'

type Props = {
  title: string
  issues: DataIssue[]
  onClose: () => void
}

const MAX_RAW_CHARS = 4000

function rawText(raw: unknown): string {
  let text: string
  try {
    text = typeof raw === 'string' ? raw : (JSON.stringify(raw, null, 2) ?? String(raw))
  } catch {
    text = String(raw)
  }
  return text.length > MAX_RAW_CHARS ? `${text.slice(0, MAX_RAW_CHARS)}… (${text.length} characters)` : text
}

/**
 * The records a provider sent that could not be read, one by one: which source, which record, which
 * field and why, and the value as received, shown as text (never as markup). A modal dialog: Esc or
 * Close returns focus to the button that opened it.
 */
export function DataProblemsDialog({ title, issues, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog ref={ref} className="data-problems" aria-labelledby="data-problems-title" onClose={onClose}>
      <h2 id="data-problems-title">{title}</h2>
      <p>
        A record that could not be read is left out of the list; a readable call with an unusable field (such
        as a recording link that is not http or https) still shows, without that field. Everything else is
        unaffected.
      </p>
      <ol className="data-problem-list">
        {issues.map((issue, index) => (
          <li key={`${issue.recordId ?? ''}-${issue.field}-${index}`}>
            <dl>
              <dt>Source</dt>
              <dd>{SOURCE_LABELS[issue.source]}</dd>
              <dt>Record</dt>
              <dd className="mono">{issue.recordId ?? 'unknown'}</dd>
              <dt>Field</dt>
              <dd className="mono">{issue.field || '(the whole record)'}</dd>
              <dt>Problem</dt>
              <dd>{issue.message}</dd>
            </dl>
            {/* The index keeps which record and field failed, not the value, so there may be none. */}
            {issue.raw === undefined ? null : (
              <pre className="data-problem-raw" aria-label="Value as received">
                {rawText(issue.raw)}
              </pre>
            )}
          </li>
        ))}
      </ol>
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  )
}

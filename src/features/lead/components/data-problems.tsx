import { useId, useState } from 'react'
import { SOURCE_LABELS } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'

function rawText(raw: unknown): string {
  if (typeof raw === 'string') return raw
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw)
  } catch {
    return String(raw)
  }
}

/** Records that failed their schema or carry unusable values: counted, and listed on request. */
export function DataProblems({ issues }: { issues: readonly DataIssue[] }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const count = issues.length
  return (
    <section className="alert warn lead-problems" aria-label="Data problems">
      <span aria-live="polite">
        {count === 1 ? '1 record' : `${count} records`} could not be read as sent and{' '}
        {count === 1 ? 'is' : 'are'} left out or shown in part.
      </span>{' '}
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide data problems' : `Show data problems (${count})`}
      </button>
      {open ? (
        <table id={id} className="lead-problems-table">
          <caption className="visually-hidden">Data problems</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Record id</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
              <th scope="col">As received</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={i}>
                <td>{SOURCE_LABELS[issue.source]}</td>
                <td>
                  <code>{issue.recordId ?? 'unknown'}</code>
                </td>
                <td>
                  <code>{issue.field || '(whole record)'}</code>
                </td>
                <td>{issue.message}</td>
                <td>
                  <pre
                    className="lead-problem-raw"
                    role="region"
                    aria-label={`Record ${issue.recordId ?? i + 1} as received`}
                    tabIndex={0}
                  >
                    {rawText(issue.raw)}
                  </pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

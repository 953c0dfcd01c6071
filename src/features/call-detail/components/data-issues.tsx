import type { DataIssue } from '#domain/data-issue'
import { RawJson } from '#components/raw-json'

/** What is wrong with a provider record, field by field, with the offending value on demand. */
export function DataIssueList({ issues }: { issues: readonly DataIssue[] }) {
  return (
    <ul className="data-issues">
      {issues.map((issue, index) => (
        <li key={`${issue.field}|${index}`}>
          <code>{issue.field === '' ? '(whole record)' : issue.field}</code>: {issue.message}
          {issue.recordId === null ? null : <span className="muted"> (record {issue.recordId})</span>}
          {issue.raw === undefined ? null : <RawJson value={issue.raw} title="Value as sent" />}
        </li>
      ))}
    </ul>
  )
}

/** The call's data problems, when it has any: the call still shows, and these say what could not be used. */
export function DataIssuesSection({ issues }: { issues: readonly DataIssue[] }) {
  if (issues.length === 0) return null
  return (
    <section className="call-section" aria-labelledby="issues-title">
      <h2 id="issues-title">Data problems ({issues.length})</h2>
      <DataIssueList issues={issues} />
    </section>
  )
}

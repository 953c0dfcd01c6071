import { RawJson } from '#components/raw-json'
import type { DataIssue } from '#domain/data-issue'

/** Records of this page that failed their schema: counted and openable, never silently dropped. */
export function EventsIssues({ issues }: { issues: DataIssue[] }) {
  if (issues.length === 0) return null
  return (
    <details className="alert warn ev-issues">
      <summary>
        {issues.length === 1
          ? '1 problem reading this page'
          : `${issues.length.toLocaleString('en-US')} problems reading this page`}
      </summary>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${index}|${issue.field}`}>
            <span className="mono">{issue.field || 'response'}</span>: {issue.message}
            <RawJson value={issue.raw} title="Record" />
          </li>
        ))}
      </ul>
    </details>
  )
}

import type { StreamReport } from '../api/timeline-stream'
import { syncNotes } from '../model/sync-note'

type Props = {
  reports: readonly StreamReport[]
  timeZone: string
  retrying: boolean
  onRetry: () => void
}

function errorText(report: StreamReport): string {
  const error = report.error
  if (error === null) return ''
  const wait = error.retryAfterSeconds ? ` It asks to wait ${error.retryAfterSeconds} s before retrying.` : ''
  const said = error.providerMessage ? ` The provider said: ${error.providerMessage}` : ''
  return `${error.message}${said}${wait}`
}

/**
 * Which sources are still loading, which could not be read (plain words, Retry) and what the call index may lack for the others
 * (a stale or unfinished sync), with how far back it holds their history.
 */
export function SourceNotes({ reports, timeZone, retrying, onRetry }: Props) {
  const failed = reports.filter((report) => report.state === 'error')
  const loading = reports.filter((report) => report.state === 'loading')
  const limits = syncNotes(
    reports.flatMap((report) => report.sync),
    timeZone,
  )
  return (
    <div className="lead-source-notes">
      {loading.map((report) => (
        // The timeline already shows the other sources; this one's records join in order when it answers.
        <p key={report.key} className="alert info" role="status">
          Loading {report.label}…
        </p>
      ))}
      {failed.map((report) => (
        <div key={report.key} className="alert error" role="alert">
          <strong>{report.label} could not be read.</strong> {errorText(report)} The timeline shows everything
          else; these records are missing{report.error?.retryable ? ' until a retry succeeds' : ''}.{' '}
          {report.error?.retryable ? (
            <button type="button" onClick={onRetry} disabled={retrying}>
              {retrying ? 'Retrying…' : `Retry ${report.label}`}
            </button>
          ) : null}
        </div>
      ))}
      {limits.length > 0 ? (
        <section className="lead-limits" aria-label="What other providers can show">
          <p>
            Calls from other providers are found in the call index by the lead&apos;s numbers. How the index
            stands:
          </p>
          <ul>
            {limits.map((limit) => (
              <li key={limit}>{limit}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

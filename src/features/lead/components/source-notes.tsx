import type { StreamReport } from '../api/timeline-stream'

type Props = {
  reports: readonly StreamReport[]
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
 * Which sources could not be read (plain words, Retry) and what the others cannot return: Telnyx only
 * searches the last 24 hours, Skipcall and CallingBox are searched here page by page.
 */
export function SourceNotes({ reports, retrying, onRetry }: Props) {
  const failed = reports.filter((report) => report.state === 'error')
  const limits = [...new Set(reports.flatMap((report) => report.limitations))]
  return (
    <div className="lead-source-notes">
      {failed.map((report) => (
        <div key={report.key} className="alert error" role="alert">
          <strong>{report.label} could not be read.</strong> {errorText(report)} The timeline shows everything
          else; these records are missing until a retry succeeds.{' '}
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : `Retry ${report.label}`}
          </button>
        </div>
      ))}
      {limits.length > 0 ? (
        <section className="lead-limits" aria-label="What other providers can show">
          <p>Calls from other providers are found by the lead&apos;s numbers. What they can show:</p>
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

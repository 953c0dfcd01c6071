import { SOURCE_LABELS, type Source } from '../../../domain/call'
import type { DataIssue } from '../../../domain/data-issue'
import type { FeedSourceStatus } from '../../../domain/feed'
import { ErrorPanel } from '../../../components/error-panel'

const count = new Intl.NumberFormat('en-US')

type Props = {
  sources: FeedSourceStatus[]
  loading: boolean
  onRetry: (source: Source) => void
  onContinue: () => void
  onShowIssues: (issues: DataIssue[], title: string) => void
}

function progressText(status: FeedSourceStatus, loading: boolean): string {
  const label = SOURCE_LABELS[status.source]
  const { filtering } = status
  if (filtering.appliedBy === 'client') {
    const scanned = `scanned ${count.format(filtering.scanned)} ${filtering.unit} from ${label}`
    if (filtering.paused) return `Paused: ${scanned} without reaching the next matching call.`
    if (loading && status.hasMore) return `Filtering here: ${scanned}…`
    return `Filtered here: ${scanned}.`
  }
  return ''
}

function stateText(status: FeedSourceStatus): string {
  if (status.state === 'error') return 'failed'
  if (status.state === 'loading' || status.state === 'idle') return 'loading…'
  return status.hasMore ? 'more to load' : 'all loaded'
}

/**
 * One line per source: how many calls it gave, whether filters were applied by the provider or here
 * (with scan progress and Continue when the scan paused at its budget), what the provider cannot
 * return, its error with Retry, and the records it sent that could not be read.
 */
export function SourceStatusList({ sources, loading, onRetry, onContinue, onShowIssues }: Props) {
  return (
    <ul className="source-status" aria-label="Sources">
      {sources.map((status) => {
        const label = SOURCE_LABELS[status.source]
        const progress = progressText(status, loading)
        const paused = status.filtering.appliedBy === 'client' && status.filtering.paused
        return (
          <li
            key={status.source}
            className={`source-line source-${status.state}`}
            data-source={status.source}
          >
            <div className="source-head">
              <strong>{label}</strong>
              <span>
                {count.format(status.emitted)} {status.emitted === 1 ? 'call' : 'calls'} · {stateText(status)}
              </span>
              {status.issues.length > 0 ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onShowIssues(status.issues, `Data problems from ${label}`)}
                >
                  {count.format(status.issues.length)} data{' '}
                  {status.issues.length === 1 ? 'problem' : 'problems'}
                </button>
              ) : null}
              {progress ? (
                <span className="source-progress" role="status">
                  {progress}
                  {paused ? (
                    <button type="button" onClick={onContinue} disabled={loading}>
                      Continue
                    </button>
                  ) : null}
                </span>
              ) : null}
            </div>
            {status.limitations.length > 0 ? (
              <p className="source-limitation">{status.limitations.join(' ')}</p>
            ) : null}
            {status.error ? (
              <ErrorPanel
                title={`${label} could not be loaded`}
                message={
                  <>
                    {status.error.message}
                    {status.error.providerMessage ? ` ${label} said: “${status.error.providerMessage}”` : ''}
                    {status.error.retryAfterSeconds
                      ? ` Try again in ${status.error.retryAfterSeconds} s.`
                      : ''}
                  </>
                }
                onRetry={() => onRetry(status.source)}
                retryLabel={`Retry ${label}`}
              />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

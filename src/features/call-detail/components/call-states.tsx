import { Link } from 'react-router'
import type { Source } from '#domain/call'
import { SOURCE_LABELS, SOURCES } from '#domain/call'
import type { DataIssue } from '#domain/data-issue'
import { ErrorPanel } from '#components/error-panel'
import { RawJson } from '#components/raw-json'
import { providerWordsBeyondMessage } from '#providers/adapter-kit/describe-error'
import { retryHelps } from '#lib/retry-policy'
import { SourceFailure } from '#lib/source-failure'
import { DataIssueList } from './data-issues'

/** "Back to calls": to the list view the user came from, with its filters. */
export function BackLink({ to }: { to: string }) {
  return (
    <nav aria-label="Breadcrumb" className="call-back">
      <Link to={to}>← Back to calls</Link>
    </nav>
  )
}

/** The page's shape while the call loads, so nothing jumps when it arrives; `retrying` says why it takes long. */
export function LoadingState({ retrying }: { retrying: string | null }) {
  return (
    <div className="call-skeleton" aria-busy="true">
      <p role="status">{retrying ?? 'Loading the call…'}</p>
      <div className="skeleton-block skeleton-title" />
      <div className="skeleton-block skeleton-summary" />
      <div className="skeleton-block skeleton-timeline" />
    </div>
  )
}

export function NotFoundState({ source, id, back }: { source: string; id: string; back: string }) {
  const known = (SOURCES as readonly string[]).includes(source)
  return (
    <section className="page-message" aria-labelledby="page-title">
      <h1 id="page-title">Call not found</h1>
      <p>
        {known
          ? `${SOURCE_LABELS[source as Source]} has no call with the id `
          : `There is no source called “${source}”, so there is no call `}
        <code className="break-anywhere">{id}</code>
        {known ? '. The id may be mistyped, or the call belongs to another account.' : '.'}
      </p>
      <p>
        <Link to={back}>Back to calls</Link>
      </p>
    </section>
  )
}

type ErrorWords = { title: string; message: string; detail: string | null; retryAfter: number | null }

function errorWords(source: Source, error: Error): ErrorWords {
  const label = SOURCE_LABELS[source]
  if (error instanceof SourceFailure) {
    const e = error.sourceError
    return {
      title: `${label} did not return the call`,
      message: e.message,
      detail: providerWordsBeyondMessage(e),
      retryAfter: e.retryAfterSeconds,
    }
  }
  // Anything else is a fault of ours (a call's read turns every failed request into a SourceFailure, even
  // one that got no answer: adapter-kit/perform-request.ts): asking again would fail the same way, so no
  // Retry; saying "check the connection" (as this page did) would send the person looking in the wrong place.
  return {
    title: 'Calltrail could not show the call',
    message: `Calltrail failed while reading ${label}'s answer (${error.message}). This is a fault in Calltrail, not in ${label}: reload the page, and report it if it happens again.`,
    detail: null,
    retryAfter: null,
  }
}

export function LoadErrorState({
  source,
  error,
  retrying,
  onRetry,
}: {
  source: Source
  error: Error
  retrying: boolean
  onRetry: () => void
}) {
  const words = errorWords(source, error)
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Could not load this call</h1>
      <ErrorPanel
        title={words.title}
        message={
          <>
            <p>{words.message}</p>
            {words.detail === null ? null : <p className="muted">Provider said: {words.detail}</p>}
            {words.retryAfter === null ? null : (
              <p>The provider asks to wait {words.retryAfter} s before retrying.</p>
            )}
            {retrying ? <p role="status">Retrying…</p> : null}
          </>
        }
        onRetry={retrying || !(error instanceof SourceFailure) || !retryHelps(error) ? undefined : onRetry}
      />
    </section>
  )
}

/** Scalar top-level fields of a record that failed its schema: what could still be read. */
function readableFields(raw: unknown): [string, string][] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return []
  return Object.entries(raw as Record<string, unknown>)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .slice(0, 40)
    .map(([key, value]) => [key, String(value)])
}

export function InvalidState({
  source,
  id,
  issues,
  raw,
}: {
  source: Source
  id: string
  issues: DataIssue[]
  raw: unknown
}) {
  const fields = readableFields(raw)
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">This call’s record could not be read</h1>
      <p>
        {`${SOURCE_LABELS[source]} returned call `}
        <code className="break-anywhere">{id}</code>
        {', but the record does not match what the provider documents. What is wrong:'}
      </p>
      <DataIssueList issues={issues} />
      {fields.length === 0 ? null : (
        <>
          <h2>What could still be read</h2>
          <dl className="summary-grid">
            {fields.map(([key, value]) => (
              <div className="summary-field" key={key}>
                <dt className="mono">{key}</dt>
                <dd className="break-anywhere">{value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <RawJson value={raw} title="Raw payload" defaultOpen />
    </section>
  )
}

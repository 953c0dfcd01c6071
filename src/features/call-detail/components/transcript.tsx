import { useQuery } from '@tanstack/react-query'
import { ErrorPanel } from '#components/error-panel'
import { TimeStamp } from '#components/time-stamp'
import { retryHelps } from '#lib/retry-policy'
import { retryingNote } from '#lib/retrying-note'
import { transcriptQuery } from '../api/call-detail-queries'
import { DataIssueList } from './data-issues'

/** The CallingBox transcript, speaker by speaker, as plain text. */
export function Transcript({ callId, timeZone }: { callId: string; timeZone: string }) {
  const query = useQuery(transcriptQuery(callId))
  if (query.isPending)
    return (
      <p role="status">
        {retryingNote(query.failureCount, query.failureReason) ?? 'Loading the transcript…'}
      </p>
    )
  if (query.isError) {
    return (
      <ErrorPanel
        title="Could not load the transcript"
        message={query.error.message}
        onRetry={retryHelps(query.error) ? () => void query.refetch() : undefined}
      />
    )
  }
  const result = query.data
  if (result.kind === 'not_found') return <p>CallingBox has no transcript for this call.</p>
  if (result.kind === 'invalid') {
    return (
      <>
        <p>The transcript CallingBox sent could not be read.</p>
        <DataIssueList issues={result.issues} />
      </>
    )
  }
  if (result.segments.length === 0) return <p>The transcript is empty: nothing was said.</p>
  return (
    <ol className="transcript" aria-label="Transcript">
      {result.segments.map((segment) => (
        <li
          key={segment.sequenceNo}
          className={`transcript-line role-${segment.role === 'agent' ? 'agent' : 'other'}`}
        >
          <span className="transcript-role">
            {segment.role === 'user' ? 'Caller' : segment.role === 'agent' ? 'AI agent' : segment.role}
          </span>
          {segment.startedAt === null ? null : (
            <TimeStamp iso={segment.startedAt} timeZone={timeZone} timeOnly />
          )}
          <span className="transcript-text">{segment.text}</span>
        </li>
      ))}
    </ol>
  )
}

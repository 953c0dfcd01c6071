import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { ErrorPanel } from '#components/error-panel'
import { RawJson } from '#components/raw-json'
import { useReaderContext } from '#lib/reader-context'
import { retryHelps } from '#lib/retry-policy'
import { SourceFailure } from '#lib/source-failure'
import { leadQueryOptions } from '../api/lead-queries'
import { useFreshRetry } from '../hooks/use-fresh-retry'
import '../lead.css'
import '../timeline.css'
import { LeadSkeleton } from './lead-skeleton'
import { retryingNote } from '#lib/retrying-note'
import { LeadView } from './lead-view'
import { UnknownLead } from './unknown-lead'

function failureText(error: Error): string {
  if (error instanceof SourceFailure) {
    const provider = error.sourceError.providerMessage
    return provider ? `${error.message} Leadping said: ${provider}` : error.message
  }
  return `Something went wrong while loading the lead: ${error.message}`
}

/** `/leads/:leadId`: one lead's header and its calls and messages from every provider on one timeline. */
export function LeadPage() {
  const { leadId = '' } = useParams()
  const ctx = useReaderContext()
  const lead = useQuery(leadQueryOptions(ctx, leadId))
  const freshRetry = useFreshRetry()

  if (lead.isPending) return <LeadSkeleton retrying={retryingNote(lead.failureCount, lead.failureReason)} />
  if (lead.isError) {
    return (
      <section className="lead-page" aria-labelledby="page-title">
        <h1 id="page-title">Lead</h1>
        <p className="lead-id-line">
          Lead id <code>{leadId}</code>
        </p>
        <ErrorPanel
          title="The lead could not be loaded"
          message={failureText(lead.error)}
          onRetry={retryHelps(lead.error) ? () => freshRetry(['leadping'], () => lead.refetch()) : undefined}
        />
      </section>
    )
  }
  const result = lead.data
  if (result.kind === 'not_found') return <UnknownLead leadId={leadId} />
  if (result.kind === 'invalid') {
    return (
      <section className="lead-page" aria-labelledby="page-title">
        <h1 id="page-title">Lead</h1>
        <div className="alert warn" role="alert">
          <strong>Leadping sent this lead in a shape Calltrail cannot read.</strong>
          <ul>
            {result.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.field || '(whole record)'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
        <RawJson value={result.raw} title="Raw lead record" defaultOpen />
      </section>
    )
  }
  return <LeadView lead={result.lead} />
}

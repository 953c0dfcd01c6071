import type { CallDetails } from '#domain/call-details'
import { CopyButton } from '#components/copy-button'
import { TimeStamp } from '#components/time-stamp'
import { Field } from './summary-field'

type Details = Extract<CallDetails, { source: 'leadping' }>

/** Leadping's own facts: the organization, billing, the Telnyx call behind it, its processing console. */
export function LeadpingDetails({ details, timeZone }: { details: Details; timeZone: string }) {
  return (
    <section className="call-section" aria-labelledby="leadping-title">
      <h2 id="leadping-title">Leadping</h2>
      <dl className="summary-grid">
        <Field label="Organization">{details.organizationName ?? details.organizationId}</Field>
        <Field label="Caller ID">{details.callerId}</Field>
        <Field label="Provider status">{details.providerStatus}</Field>
        <Field label="Billing">{details.billingStatus}</Field>
        <Field label="Telnyx call control id">
          {details.telnyxId === null ? null : (
            <span>
              <span className="mono">{details.telnyxId}</span>{' '}
              <CopyButton text={details.telnyxId} label="Copy Telnyx call control id" />
            </span>
          )}
        </Field>
        <Field label="API revision">{details.revision}</Field>
      </dl>
      {details.consoleEntries.length === 0 ? null : (
        <>
          <h3>Processing console</h3>
          <ol className="console-entries">
            {details.consoleEntries.map((entry, index) => (
              <li key={entry.id ?? index}>
                {entry.occurredAt === null ? null : (
                  <TimeStamp iso={entry.occurredAt} timeZone={timeZone} timeOnly />
                )}{' '}
                <strong>{entry.stage ?? 'step'}</strong>{' '}
                {entry.status === null ? null : <span>({entry.status})</span>} <span>{entry.message}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

import type { Call } from '#domain/call'
import type { CallDetails } from '#domain/call-details'
import { TimeStamp } from '#components/time-stamp'
import { Field } from './summary-field'

type Details = Extract<CallDetails, { source: 'skipcall' }>

/** The sales-engagement call: its sequence, who was called and by whom, and the agent's notes. */
export function SkipcallDetails({
  details,
  call,
  timeZone,
}: {
  details: Details
  call: Call
  timeZone: string
}) {
  return (
    <section className="call-section" aria-labelledby="skipcall-title">
      <h2 id="skipcall-title">Sequence and notes</h2>
      <dl className="summary-grid">
        <Field label="Call type">{details.callType}</Field>
        <Field label="Sequence">{details.sequenceId}</Field>
        <Field label="Sequence run">{details.sequenceRunId}</Field>
        <Field label="Contact">
          {call.contact === null
            ? null
            : `${call.contact.name ?? call.contact.id ?? ''}${details.contactIsUnknown ? ' (unknown contact)' : ''}`}
        </Field>
        <Field label="Caller">{call.agent?.name ?? call.agent?.id ?? null}</Field>
        <Field label="Transferred">
          {details.transferred === null ? null : details.transferred ? 'Yes' : 'No'}
        </Field>
        <Field label="Conference">{details.conferenceId}</Field>
        <Field label="Synced with CRM">
          {details.syncedWithCrmAt === null ? null : (
            <TimeStamp iso={details.syncedWithCrmAt} timeZone={timeZone} />
          )}
        </Field>
        {details.deletedAt === null ? null : (
          <Field label="Deleted">
            <TimeStamp iso={details.deletedAt} timeZone={timeZone} />
          </Field>
        )}
      </dl>
      <h3>Notes</h3>
      {details.notes === null || details.notes === '' ? (
        <p className="muted">No notes.</p>
      ) : (
        <p className="notes-text">{details.notes}</p>
      )}
    </section>
  )
}

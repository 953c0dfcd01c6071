import type { CallDetails } from '#domain/call-details'
import { Transcript } from './transcript'
import { JsonText } from './json-text'
import { Field } from './summary-field'

type Details = Extract<CallDetails, { source: 'callingbox' }>

/** The AI call: what the agent was told, what it had to find out, what it found, and what was said. */
export function CallingBoxDetails({
  details,
  callId,
  timeZone,
}: {
  details: Details
  callId: string
  timeZone: string
}) {
  return (
    <section className="call-section" aria-labelledby="ai-title">
      <h2 id="ai-title">AI call</h2>
      <dl className="summary-grid">
        <Field label="Agent">{details.agentId}</Field>
        <Field label="Language">{details.language}</Field>
        <Field label="Answered by">{details.answeredBy}</Field>
        <Field label="Result status">{details.resultStatus}</Field>
        <Field label="Result error">{details.resultError}</Field>
        <Field label="Webhook">
          {details.webhookStatus === null
            ? null
            : `${details.webhookStatus}${details.webhookError ? `: ${details.webhookError}` : ''}`}
        </Field>
        <Field label="Provider error">
          {details.errorCode === null && details.errorMessage === null
            ? null
            : [details.errorCode, details.errorMessage].filter(Boolean).join(': ')}
        </Field>
      </dl>
      <h3>Prompt</h3>
      {details.prompt === null ? (
        <p className="muted">No prompt.</p>
      ) : (
        <p className="prompt-text">{details.prompt}</p>
      )}
      <div className="two-columns">
        <div>
          <h3>Asked to return</h3>
          <JsonText value={details.returns ?? null} label="Returns schema" />
        </div>
        <div>
          <h3>
            Extracted result{' '}
            {details.resultStatus === null ? null : <span className="muted">({details.resultStatus})</span>}
          </h3>
          <JsonText value={details.result ?? null} label="Extracted result" />
        </div>
      </div>
      {details.context === undefined || details.context === null ? null : (
        <>
          <h3>Context</h3>
          <JsonText value={details.context} label="Call context" />
        </>
      )}
      <h3>Transcript</h3>
      <Transcript callId={callId} timeZone={timeZone} />
    </section>
  )
}

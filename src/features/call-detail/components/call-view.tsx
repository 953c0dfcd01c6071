import type { Call } from '#domain/call'
import { SOURCE_LABELS } from '#domain/call'
import type { CallDetail } from '#domain/call-detail'
import { callDataIssues } from '#domain/call-issues'
import { CopyButton } from '#components/copy-button'
import { RawJson } from '#components/raw-json'
import { formatPhone } from '../format/display'
import { CallSummary } from './call-summary'
import { CallingBoxDetails } from './callingbox-details'
import { DataIssuesSection } from './data-issues'
import { EventsSection } from './events-section'
import { LeadpingDetails } from './leadping-details'
import { RecordingSection } from './recording-section'
import { SkipcallDetails } from './skipcall-details'
import { TelnyxLegs } from './telnyx-legs'
import { TimelineSection } from './timeline-section'
import { useHydrated } from '#lib/use-hydrated'

type Props = {
  detail: CallDetail
  timeZone: string
  tz: string | null
  refreshing: boolean
  onRefresh: () => void
}

function title(call: Call): string {
  const from = call.from === null ? 'an unknown number' : formatPhone(call.from)
  const to = call.to === null ? 'an unknown number' : formatPhone(call.to)
  if (call.direction === 'inbound') return `Inbound call from ${from}`
  if (call.direction === 'outbound') return `Outbound call to ${to}`
  return `Call from ${from} to ${to}`
}

function ProviderSection({ call, timeZone }: { call: Call; timeZone: string }) {
  const details = call.details
  switch (details.source) {
    case 'telnyx':
      return (
        <TelnyxLegs legs={details.legs} machineDetection={details.machineDetection} timeZone={timeZone} />
      )
    case 'leadping':
      return <LeadpingDetails details={details} timeZone={timeZone} />
    case 'skipcall':
      return <SkipcallDetails details={details} call={call} timeZone={timeZone} />
    case 'callingbox':
      return <CallingBoxDetails details={details} callId={call.id} timeZone={timeZone} />
  }
}

/** A found call: everything a support agent needs to tell what happened. */
export function CallView({ detail, timeZone, tz, refreshing, onRefresh }: Props) {
  const hydrated = useHydrated()
  const { call } = detail
  const issues = [...detail.issues, ...callDataIssues(call)]
  return (
    <article className="call-detail" aria-labelledby="page-title">
      <header className="call-header">
        <h1 id="page-title">{title(call)}</h1>
        <p className="call-ids">
          {`${SOURCE_LABELS[call.source]} call `}
          <code className="break-anywhere">{call.id}</code> <CopyButton text={call.id} label="Copy call id" />
          <span className="muted">{` · times in ${timeZone}`}</span>
        </p>
        {call.terminal ? null : (
          <div className="alert info">
            This call is still going on: more steps, the end reason and the recording arrive when it ends.{' '}
            <button type="button" onClick={onRefresh} disabled={!hydrated || refreshing}>
              {refreshing ? 'Refreshing…' : 'Refresh'}
            </button>
          </div>
        )}
      </header>
      <CallSummary call={call} timeZone={timeZone} tz={tz} />
      <RecordingSection call={call} />
      <TimelineSection call={call} timeZone={timeZone} />
      <ProviderSection call={call} timeZone={timeZone} />
      {call.source === 'telnyx' && call.details.source === 'telnyx' ? (
        <EventsSection
          events={detail.events}
          legs={call.details.legs}
          truncated={detail.truncated}
          timeZone={timeZone}
        />
      ) : null}
      <DataIssuesSection issues={issues} />
      <section className="call-section" aria-labelledby="raw-title">
        <h2 id="raw-title">Raw payload</h2>
        <p className="muted">
          {call.source === 'telnyx'
            ? 'Every call event of the session, as Telnyx sent it.'
            : `The call record as ${SOURCE_LABELS[call.source]} sent it.`}
        </p>
        <RawJson value={call.raw} title="Raw payload" />
      </section>
    </article>
  )
}

import type { Call, PartyLink } from '#domain/call'
import { SOURCE_LABELS } from '#domain/call'
import { TimeStamp } from '#components/time-stamp'
import { formatDuration } from '#domain/format-time'
import { formatMoney } from '../format/display'
import { DIRECTION_LABELS, STATUS_LABELS } from '../format/labels'
import { NumberValue, PartyValue } from './party-value'
import { Field } from './summary-field'

type Props = { call: Call; timeZone: string; tz: string | null }

function ProviderWords({ call }: { call: Call }) {
  const parts = [call.rawStatus, call.rawReason].filter(
    (part): part is string => part !== null && part !== '',
  )
  if (parts.length === 0) return null
  return <span className="muted"> (provider: {parts.join(' · ')})</span>
}

const shown = (party: PartyLink | null) => party !== null && (party.id !== null || party.name !== null)

/** What happened at a glance: outcome, parties, times, durations, cost. */
export function CallSummary({ call, timeZone, tz }: Props) {
  const d = call.durations
  return (
    <section className="call-section" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <dl className="summary-grid">
        <Field label="Status">
          <span className={`status-badge status-${call.status}`}>{STATUS_LABELS[call.status]}</span>
          <ProviderWords call={call} />
        </Field>
        <Field label="End reason">{call.endReason}</Field>
        <Field label="Direction">{DIRECTION_LABELS[call.direction]}</Field>
        <Field label="Source">{SOURCE_LABELS[call.source]}</Field>
        <Field label="From">
          {call.from === null ? null : <NumberValue value={call.from} label="From" />}
        </Field>
        <Field label="To">{call.to === null ? null : <NumberValue value={call.to} label="To" />}</Field>
        <Field label="Lead">
          {shown(call.lead) ? <PartyValue party={call.lead} call={call} kind="lead" tz={tz} /> : null}
        </Field>
        <Field label="Contact">
          {shown(call.contact) ? (
            <PartyValue party={call.contact} call={call} kind="contact" tz={tz} />
          ) : null}
        </Field>
        <Field label="Agent">
          {shown(call.agent) ? <PartyValue party={call.agent} call={call} kind="agent" tz={tz} /> : null}
        </Field>
        <Field label="Started">
          <TimeStamp iso={call.occurredAt} raw={call.rawOccurredAt} timeZone={timeZone} />
        </Field>
        <Field label="Answered">
          {call.answeredAt === null ? null : <TimeStamp iso={call.answeredAt} timeZone={timeZone} />}
        </Field>
        <Field label="Ended">
          {call.endedAt === null ? null : <TimeStamp iso={call.endedAt} timeZone={timeZone} />}
        </Field>
        <Field label="Ring time">{d.ringSec === null ? null : formatDuration(d.ringSec)}</Field>
        <Field label="Talk time">{d.talkSec === null ? null : formatDuration(d.talkSec)}</Field>
        <Field label="Total">{d.totalSec === null ? null : formatDuration(d.totalSec)}</Field>
        <Field label="Billable">{d.billableSec === null ? null : formatDuration(d.billableSec)}</Field>
        <Field label="Cost">
          {call.cost === null ? null : (
            <span title={`As sent: ${call.cost.raw}`}>{formatMoney(call.cost)}</span>
          )}
        </Field>
      </dl>
    </section>
  )
}

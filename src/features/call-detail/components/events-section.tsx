import { useMemo, useState } from 'react'
import type { ProviderEvent } from '#domain/call-detail'
import type { TelnyxLeg } from '#domain/call-details'
import { RawJson } from '#components/raw-json'
import { TimeStamp } from '#components/time-stamp'
import { formatGap } from '#domain/format-time'
import { buildEventRows, eventTypes, legLabels } from '../timeline/event-rows'
import { LegFilter } from './leg-filter'
import { StepFlags } from './step-flags'

type Props = {
  events: readonly ProviderEvent[]
  legs: readonly TelnyxLeg[]
  truncated: boolean
  timeZone: string
}

/**
 * Every event of the Telnyx session: webhooks and the commands that caused them, for every leg, in time
 * order. Nothing is dropped: duplicates and late arrivals are flagged where they stand.
 */
export function EventsSection({ events, legs, truncated, timeZone }: Props) {
  const [legId, setLegId] = useState<string | null>(null)
  const [type, setType] = useState<string | null>(null)
  const labels = useMemo(() => legLabels(legs), [legs])
  const rows = useMemo(() => buildEventRows(events, { legId, type }, labels), [events, legId, type, labels])
  const types = useMemo(() => eventTypes(events), [events])
  return (
    <section className="call-section" aria-labelledby="events-title">
      <h2 id="events-title">All Telnyx events ({events.length})</h2>
      <div className="filters-row">
        <LegFilter legs={legs} labels={labels} value={legId} onChange={setLegId} label="Leg" />
        <label className="inline-filter">
          Type{' '}
          <select value={type ?? ''} onChange={(event) => setType(event.currentTarget.value || null)}>
            <option value="">Commands and webhooks</option>
            {types.map((value) => (
              <option key={value} value={value}>
                {value === 'command' ? 'Commands only' : value === 'webhook' ? 'Webhooks only' : value}
              </option>
            ))}
          </select>
        </label>
        <span aria-live="polite" className="muted">{`${rows.length} of ${events.length} events shown`}</span>
      </div>
      {truncated ? (
        <p className="alert warn">
          This session has more events than Calltrail reads for one call (40 pages of the Telnyx API); the
          later ones are not shown.
        </p>
      ) : null}
      <ol className="timeline events" aria-label="Telnyx events">
        {rows.map((row) => (
          <li key={row.key} className={`timeline-step${row.event.flags.length > 0 ? ' flagged' : ''}`}>
            <div className="timeline-line">
              <TimeStamp iso={row.event.at} raw={row.event.rawAt} timeZone={timeZone} timeOnly />
              <span className="timeline-gap">{row.gapMs === null ? 'start' : formatGap(row.gapMs)}</span>
              <span className={`event-type event-type-${row.event.type}`}>{row.event.type}</span>
              <strong className="timeline-kind mono">{row.event.name}</strong>
              {row.legLabel === null ? null : <span className="timeline-leg">{row.legLabel}</span>}
              <StepFlags flags={row.event.flags} />
            </div>
            <RawJson value={row.event.raw} title="Raw event" />
          </li>
        ))}
      </ol>
    </section>
  )
}

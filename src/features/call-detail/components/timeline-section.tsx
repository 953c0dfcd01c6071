import { useMemo, useState } from 'react'
import type { Call } from '#domain/call'
import { RawJson } from '#components/raw-json'
import { TimeStamp } from '#components/time-stamp'
import { formatGap } from '#domain/format-time'
import { useMountMark } from '#lib/perf-mark'
import { STEP_LABELS } from '../format/labels'
import { legLabels } from '../timeline/event-rows'
import { expectedSteps } from '../timeline/expected-steps'
import { buildTimelineRows, type StepRow } from '../timeline/timeline-model'
import { LegFilter } from './leg-filter'
import { StepFlags } from './step-flags'

type Props = { call: Call; timeZone: string }

type ItemProps = {
  row: StepRow
  timeZone: string
  leg: string | null
  /** The call's whole record: a step read from one of its fields shows that field, not the record again. */
  record: unknown
}

/**
 * Whether a step's raw event is the call's record itself (shown once, as the record). Compared by value:
 * a server-rendered page's data arrives through JSON, which keeps no object identity, and the browser
 * must render the same steps as the server did.
 */
function isTheRecord(raw: unknown, record: unknown): boolean {
  return raw === record || JSON.stringify(raw) === JSON.stringify(record)
}

function StepItem({ row, timeZone, leg, record }: ItemProps) {
  const { step } = row
  return (
    <li className={`timeline-step${row.flags.length > 0 ? ' flagged' : ''}`}>
      <div className="timeline-line">
        <TimeStamp iso={step.at} raw={step.rawAt} timeZone={timeZone} timeOnly />
        <span className="timeline-gap">{row.gapMs === null ? 'start' : formatGap(row.gapMs)}</span>
        <strong className="timeline-kind">{STEP_LABELS[step.kind]}</strong>
        {leg === null ? null : <span className="timeline-leg">{leg}</span>}
        {step.detail === undefined ? null : <span className="timeline-detail">{step.detail}</span>}
        <StepFlags flags={row.flags} />
        <code className="timeline-source" title="The provider's field and value, as sent">
          {`${step.sourceField}: ${step.rawAt}`}
        </code>
      </div>
      {step.raw === undefined || isTheRecord(step.raw, record) ? null : (
        <RawJson value={step.raw} title="Raw event" />
      )}
    </li>
  )
}

/**
 * The call's steps in time order, the time since the previous step, flagged provider mistakes, and a
 * marker where a step the call must have had is missing. Telnyx sessions can be narrowed to one leg.
 */
export function TimelineSection({ call, timeZone }: Props) {
  const [legId, setLegId] = useState<string | null>(null)
  useMountMark('call:timeline')
  const legs = useMemo(() => (call.details.source === 'telnyx' ? call.details.legs : []), [call.details])
  const labels = useMemo(() => legLabels(legs), [legs])
  const rows = useMemo(() => {
    const steps = legId === null ? call.timeline : call.timeline.filter((step) => step.legId === legId)
    const expected = expectedSteps(call).filter((item) => legId === null || item.legId === legId)
    return buildTimelineRows(steps, expected)
  }, [call, legId])
  return (
    <section className="call-section" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <LegFilter legs={legs} labels={labels} value={legId} onChange={setLegId} label="Show steps of" />
      {rows.length === 0 ? <p>The provider reported no steps for this call.</p> : null}
      <ol className="timeline" aria-label="Timeline steps">
        {rows.map((row) =>
          row.type === 'missing' ? (
            <li key={row.key} className="timeline-step missing">
              <div className="timeline-line">
                <span className="timeline-missing">{row.expected.label}</span>
                {row.expected.legId === null ? null : (
                  <span className="timeline-leg">{labels.get(row.expected.legId) ?? row.expected.legId}</span>
                )}
                <span className="muted">
                  {`The provider did not report this step (${STEP_LABELS[row.expected.kind].toLowerCase()}).`}
                </span>
              </div>
            </li>
          ) : (
            <StepItem
              key={row.key}
              row={row}
              timeZone={timeZone}
              record={call.raw}
              leg={row.step.legId === undefined ? null : (labels.get(row.step.legId) ?? row.step.legId)}
            />
          ),
        )}
      </ol>
    </section>
  )
}

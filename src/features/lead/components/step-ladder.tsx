import { TimeStamp } from '#components/time-stamp'
import { formatStepGap } from '../model/elapsed'
import type { Ladder, Rung } from '../model/ladder'

/** Words for screen readers where only the colour says it (waiting and missing rungs say so in text). */
const STATE_WORDS: Record<Rung['state'], string> = {
  done: '',
  failed: 'failed step',
  waiting: '',
  missing: '',
}

function RungTime({ rung, timeZone }: { rung: Rung; timeZone: string }) {
  if (rung.at === null) {
    return <span className="lead-muted">{rung.state === 'waiting' ? 'not yet' : 'time not reported'}</span>
  }
  return (
    <>
      {rung.planned ? <span className="lead-muted">for </span> : null}
      <TimeStamp iso={rung.at} timeZone={timeZone} raw={rung.rawAt} />
      {rung.gapMs !== null ? (
        <span className="lead-gap" title="Time since the previous step">
          {rung.planned ? ` (planned ${formatStepGap(rung.gapMs)})` : ` ${formatStepGap(rung.gapMs)}`}
        </span>
      ) : null}
    </>
  )
}

/** The steps of a call or message, in order, each with its time and the gap since the step before. */
export function StepLadder({ ladder, label, timeZone }: { ladder: Ladder; label: string; timeZone: string }) {
  if (ladder.rungs.length === 0) return null
  return (
    <ol className="lead-ladder" aria-label={label}>
      {ladder.rungs.map((rung, i) => (
        <li key={`${rung.kind}-${i}`} className={`lead-rung rung-${rung.state}`} data-step={rung.kind}>
          <span className="lead-rung-label">{rung.label}</span>
          {STATE_WORDS[rung.state] ? (
            <span className="visually-hidden"> ({STATE_WORDS[rung.state]})</span>
          ) : null}{' '}
          <RungTime rung={rung} timeZone={timeZone} />
          {rung.legId ? <span className="lead-muted"> · leg {rung.legId.slice(0, 8)}</span> : null}
          {rung.detail ? <span className="lead-rung-detail"> · {rung.detail}</span> : null}
          {rung.flags.includes('out_of_order') ? (
            <span className="lead-flag"> · out of order: its time puts it before an earlier step</span>
          ) : null}
          {rung.flags.includes('duplicate') ? <span className="lead-flag"> · reported twice</span> : null}
        </li>
      ))}
    </ol>
  )
}

import type { TelnyxLeg } from '#domain/call-details'
import { describeTelnyxHangup, MACHINE_DETECTION_RESULTS } from '#domain/end-reasons/telnyx'
import { TimeStamp } from '#components/time-stamp'
import { formatPhone } from '../format/display'
import { lookup } from '#domain/lookup'

type Props = { legs: readonly TelnyxLeg[]; machineDetection: string | null; timeZone: string }

function At({ iso, timeZone }: { iso: string | null; timeZone: string }) {
  return iso === null ? (
    <span className="muted">—</span>
  ) : (
    <TimeStamp iso={iso} timeZone={timeZone} timeOnly />
  )
}

/** The session's legs: who called whom on each, when, and why each leg ended. */
export function TelnyxLegs({ legs, machineDetection, timeZone }: Props) {
  return (
    <section className="call-section" aria-labelledby="legs-title">
      <h2 id="legs-title">Legs ({legs.length})</h2>
      {machineDetection === null ? null : (
        <p>
          Answering-machine detection:{' '}
          {lookup(MACHINE_DETECTION_RESULTS, machineDetection) ?? machineDetection}{' '}
          <span className="muted mono">({machineDetection})</span>
        </p>
      )}
      <div className="table-scroll">
        <table className="legs-table">
          <thead>
            <tr>
              <th scope="col">Leg</th>
              <th scope="col">Direction</th>
              <th scope="col">From → to</th>
              <th scope="col">Initiated</th>
              <th scope="col">Answered</th>
              <th scope="col">Ended</th>
              <th scope="col">Why it ended</th>
            </tr>
          </thead>
          <tbody>
            {legs.map((leg, index) => (
              <tr key={leg.legId}>
                <th scope="row">
                  {`Leg ${index + 1}`}
                  <div className="muted mono small">{leg.legId}</div>
                </th>
                <td>{leg.direction}</td>
                <td className="mono">{`${leg.from === null ? '?' : formatPhone(leg.from)} → ${leg.to === null ? '?' : formatPhone(leg.to)}`}</td>
                <td>
                  <At iso={leg.initiatedAt} timeZone={timeZone} />
                </td>
                <td>
                  <At iso={leg.answeredAt} timeZone={timeZone} />
                </td>
                <td>
                  <At iso={leg.endedAt} timeZone={timeZone} />
                </td>
                <td>
                  {describeTelnyxHangup(leg.hangupCause, leg.hangupSource, leg.sipHangupCause) ?? (
                    <span className="muted">not ended</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

import { TimeStamp } from '#components/time-stamp'
import { formatElapsed } from '../model/elapsed'
import type { FirstContact, SpeedToLead } from '../model/speed-to-lead'

type Props = {
  speed: SpeedToLead | null
  timeZone: string
  earliestFailed: boolean
  onRetryEarliest: () => void
}

function Contact({ contact, none, timeZone }: { contact: FirstContact; none: string; timeZone: string }) {
  if (contact.kind === 'none') {
    return <>{contact.certain ? none : `${none} in the activity read so far`}</>
  }
  return (
    <>
      <strong>{formatElapsed(contact.afterMs)}</strong> after the lead arrived (
      <TimeStamp iso={contact.at} timeZone={timeZone} />)
    </>
  )
}

/** Speed to lead: how long the lead waited for our first call and our first message. */
export function SpeedToLeadPanel({ speed, timeZone, earliestFailed, onRetryEarliest }: Props) {
  return (
    <section className="lead-speed" aria-labelledby="speed-title">
      <h2 id="speed-title">Speed to lead</h2>
      {speed === null ? (
        <p role="status">Measuring…</p>
      ) : (
        <dl className="lead-facts">
          <div>
            <dt>First call</dt>
            <dd data-testid="speed-first-call">
              <Contact contact={speed.call} none="No call yet" timeZone={timeZone} />
            </dd>
          </div>
          <div>
            <dt>First message</dt>
            <dd data-testid="speed-first-message">
              <Contact contact={speed.message} none="No message yet" timeZone={timeZone} />
            </dd>
          </div>
        </dl>
      )}
      {earliestFailed ? (
        <p className="lead-muted">
          The lead&apos;s oldest activity could not be read, so these may be later than the real first
          contact.{' '}
          <button type="button" onClick={onRetryEarliest}>
            Retry speed to lead
          </button>
        </p>
      ) : null}
      <p className="lead-muted lead-small">
        Outbound calls placed and messages handed to the carrier count; warm-up and test traffic does not.
      </p>
    </section>
  )
}

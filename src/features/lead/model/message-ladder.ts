import type { ActivityItem } from '#domain/activity'
import { pendingRung, rungFromStep, withGaps, type Ladder, type Rung } from './ladder'
import { lacksDeliveryReceipt } from './receipt'

/** The way up for an outbound message; every rung is optional, the order is fixed. */
const OUTBOUND_LADDER = ['created', 'scheduled', 'queued', 'sending', 'sent', 'delivered'] as const
/** Ways a message ends badly; shown last, in red. */
const BAD_ENDS = ['failed', 'undeliverable', 'blocked', 'canceled'] as const
/** Outcomes after which nothing more will happen, so no rung waits and no retry is pending. */
const FINAL: ReadonlySet<string> = new Set([
  'delivered',
  'received',
  'undeliverable',
  'blocked',
  'opted_out',
  'canceled',
  'completed',
])
/** Outcomes still on their way: the rest of the ladder is shown as waiting. */
const UNDER_WAY: ReadonlySet<string> = new Set(['scheduled', 'queued', 'sending', 'sent', 'pending'])

/**
 * Steps come in time order, but a scheduled send's time is when it is planned for (possibly after it
 * was cancelled), so its rung goes where the plan was made: right after the record's creation.
 */
function placePlanAfterCreation(rungs: Rung[]): void {
  const planned = rungs.filter((rung) => rung.planned)
  if (planned.length === 0) return
  const rest = rungs.filter((rung) => !rung.planned)
  const created = rest.findIndex((rung) => rung.kind === 'created')
  rest.splice(created + 1, 0, ...planned)
  rungs.splice(0, rungs.length, ...rest)
}

/**
 * The delivery ladder of an SMS/MMS: scheduled → queued → sending → sent → delivered, or a bad end
 * (failed / undeliverable / blocked / opted out / canceled) with its reason, the rungs still to come
 * when it is under way, and "no delivery receipt" when one is overdue. Both Leadping revisions arrive
 * here already normalised (`Cancelled` and `Canceled` are both `canceled`, `Opted out` is `opted_out`).
 */
export function messageLadder(item: ActivityItem, now: Date): Ladder {
  const inbound = item.direction === 'inbound'
  const optedOut = item.outcome === 'opted_out'
  const known: ReadonlySet<string> = new Set([...OUTBOUND_LADDER, 'received', ...BAD_ENDS])
  const arrival = inbound && item.timeline.some((step) => step.kind === 'received')
  const rungs: Rung[] = []
  for (const step of item.timeline) {
    // For an inbound message the record's creation is its arrival, already told by `received`.
    if (!known.has(step.kind) || (arrival && step.kind === 'created')) continue
    const bad = (BAD_ENDS as readonly string[]).includes(step.kind)
    const rung = rungFromStep(step, bad ? 'failed' : 'done')
    // Leadping records an opt-out as a block (`blockedAt`) with the status "Opted out".
    if (optedOut && step.kind === 'blocked') rungs.push({ ...rung, kind: 'opted_out', label: 'Opted out' })
    else rungs.push(rung)
  }
  placePlanAfterCreation(rungs)

  const endKind = item.outcome
  const endShown = rungs.some((rung) => rung.kind === endKind)
  if (!endShown && (optedOut || (BAD_ENDS as readonly string[]).includes(endKind))) {
    rungs.push(pendingRung(endKind, 'failed', 'The provider did not send the time of this step.'))
  }

  const noReceipt = lacksDeliveryReceipt(item, now)
  if (!inbound && UNDER_WAY.has(item.outcome)) {
    const reached = new Set(rungs.map((rung) => rung.kind))
    const lastReached = Math.max(...OUTBOUND_LADDER.map((kind, i) => (reached.has(kind) ? i : -1)))
    for (const kind of OUTBOUND_LADDER.slice(Math.max(lastReached + 1, 2))) {
      if (kind === 'delivered' && noReceipt) {
        rungs.push({
          ...pendingRung(kind, 'missing', 'No delivery receipt more than 10 minutes after sending.'),
          label: 'No delivery receipt',
        })
      } else {
        rungs.push(pendingRung(kind, 'waiting'))
      }
    }
  }

  const retry =
    item.nextRetryAt !== null && !FINAL.has(item.outcome)
      ? { errorCode: item.errorCode, nextRetryAt: item.nextRetryAt, retryCount: item.retryCount }
      : null
  return { rungs: withGaps(rungs), noReceipt, retry }
}

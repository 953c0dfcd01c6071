import type { ActivityItem } from '#domain/activity'
import { displayKind, isCallLike, isHiddenTraffic, isMessage } from './item-kind'

export type FirstContact =
  | { kind: 'found'; at: string; afterMs: number; item: ActivityItem }
  /** Nothing yet; `certain` is false when older activity has not been read, so one may still show up. */
  | { kind: 'none'; certain: boolean }

export type SpeedToLead = { call: FirstContact; message: FirstContact }

/** Calls that never left: planned, waiting, cancelled before dialling, or blocked by compliance. */
const NOT_PLACED: ReadonlySet<string> = new Set(['scheduled', 'queued', 'canceled', 'blocked', 'unknown'])
/** Messages that got as far as the carrier (a failure after sending still counts as an attempt). */
const ATTEMPTED: ReadonlySet<string> = new Set(['sending', 'sent', 'delivered', 'undeliverable', 'failed'])

function stepAt(item: ActivityItem, kinds: readonly string[]): string {
  const steps = item.call?.timeline ?? item.timeline
  for (const kind of kinds) {
    const step = steps.find((candidate) => candidate.kind === kind)
    if (step) return step.at
  }
  return item.occurredAt
}

function first(
  items: readonly ActivityItem[],
  createdMs: number,
  pick: (item: ActivityItem) => string | null,
  certain: boolean,
): FirstContact {
  let best: FirstContact = { kind: 'none', certain }
  for (const item of items) {
    const at = pick(item)
    if (at === null) continue
    const ms = Date.parse(at)
    if (ms < createdMs) continue
    if (best.kind === 'none' || ms < Date.parse(best.at)) {
      best = { kind: 'found', at, afterMs: ms - createdMs, item }
    }
  }
  return best
}

/**
 * Speed to lead: from the lead's arrival to our first outbound call attempt and first outbound message
 * that reached the carrier. Warm-up and test traffic never counts; activity before the lead existed (an
 * older call to the same number) does not either. `complete` says every record since the lead's
 * arrival has been read, so "none" is final.
 */
export function speedToLead(
  leadCreatedAt: string,
  items: readonly ActivityItem[],
  complete: boolean,
): SpeedToLead {
  const createdMs = Date.parse(leadCreatedAt)
  const real = items.filter((item) => !isHiddenTraffic(item) && item.direction === 'outbound')
  const call = first(
    real,
    createdMs,
    (item) =>
      isCallLike(displayKind(item)) && !NOT_PLACED.has(item.outcome)
        ? stepAt(item, ['initiated', 'ringing', 'answered'])
        : null,
    complete,
  )
  const message = first(
    real,
    createdMs,
    (item) =>
      isMessage(displayKind(item)) && ATTEMPTED.has(item.outcome)
        ? stepAt(item, ['sent', 'sending', 'queued'])
        : null,
    complete,
  )
  return { call, message }
}

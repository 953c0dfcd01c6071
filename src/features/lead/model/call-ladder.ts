import type { ActivityItem } from '#domain/activity'
import { TERMINAL_STATUSES, type CallStatus } from '#domain/call'
import { pendingRung, rungFromStep, withGaps, type Ladder } from './ladder'

/** The way a call goes when nothing goes wrong; rungs still to come are drawn as waiting. */
const CALL_LADDER = ['initiated', 'ringing', 'answered', 'ended'] as const

function isTerminal(outcome: string): boolean {
  return TERMINAL_STATUSES.has(outcome as CallStatus)
}

/**
 * A call's ladder: initiated → ringing → answered → ended (plus bridged, machine detection, transfer,
 * recording), each step with its time and the gap since the previous one, in the order the provider's
 * times put them. A call that has not ended shows the rungs it has not reached yet.
 */
export function callLadder(item: ActivityItem): Ladder {
  const steps = item.call?.timeline ?? item.timeline
  const rungs = steps.map((step) => rungFromStep(step))
  const terminal = item.call?.terminal ?? isTerminal(item.outcome)
  if (!terminal) {
    const reached = new Set(rungs.map((rung) => rung.kind))
    const lastReached = Math.max(...CALL_LADDER.map((kind, i) => (reached.has(kind) ? i : -1)))
    for (const kind of CALL_LADDER.slice(lastReached + 1)) rungs.push(pendingRung(kind, 'waiting'))
  }
  return { rungs: withGaps(rungs), noReceipt: false, retry: null }
}

export type CallDurations = { ringSec: number | null; talkSec: number | null; totalSec: number | null }

/** Ring, talk and total time, when the item is a call the provider gave durations for. */
export function callDurations(item: ActivityItem): CallDurations | null {
  const durations = item.call?.durations
  if (!durations) return null
  const { ringSec, talkSec, totalSec } = durations
  return ringSec === null && talkSec === null && totalSec === null ? null : { ringSec, talkSec, totalSec }
}

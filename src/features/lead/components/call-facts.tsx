import type { ActivityItem } from '#domain/activity'
import { formatDuration } from '#domain/format-time'
import { callDurations } from '../model/call-ladder'

/** Ring, talk and total time and the end reason of a call, in words. */
export function CallFacts({ item }: { item: ActivityItem }) {
  const durations = callDurations(item)
  const reason = item.call?.endReason ?? item.statusReason
  const ended = item.call?.terminal ?? true
  if (durations === null && !reason) return null
  return (
    <p className="lead-call-facts">
      {durations ? (
        <>
          Ring {formatDuration(durations.ringSec)} · Talk {formatDuration(durations.talkSec)} · Total{' '}
          {formatDuration(durations.totalSec)}
        </>
      ) : null}
      {durations && reason ? ' · ' : null}
      {reason ? (
        <>
          {ended ? 'Ended: ' : 'Status: '}
          {reason}
        </>
      ) : null}
    </p>
  )
}

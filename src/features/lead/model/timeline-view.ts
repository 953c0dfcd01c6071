import type { ActivityItem } from '#domain/activity'
import { callKey, type Call } from '#domain/call'
import { mergeLeadActivity, SAME_CALL_WINDOW_MS } from '#domain/lead-activity'
import { periodStartMs, type LeadViewState } from '../url-state/lead-url-state'
import { displayKind, isHiddenTraffic } from './item-kind'
import { outcomeGroup } from './outcome-group'

/** What the streams have read so far, and how far back the timeline is complete. */
export type TimelineReads = {
  activity: readonly ActivityItem[]
  calls: readonly Call[]
  /**
   * Epoch ms: a stream that may still give records has read back to here, so anything older may be
   * incomplete. -Infinity when every stream is done (or failed), Infinity before the first answers.
   */
  boundMs: number
}

/** One call read twice is one item: a call listed by two number searches, or two pages. */
function uniqueCalls(calls: readonly Call[]): Call[] {
  const seen = new Set<string>()
  return calls.filter((call) => {
    const key = callKey(call)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * The timeline as shown: every record read, merged and de-duplicated (src/domain/lead-activity.ts),
 * newest first, minus the items that a record still to be read could change. An item is shown only when
 * it is newer than the bound by more than the same-call window, so its twin from another source (which
 * may be up to two minutes older) has been read and merged before it appears; items never jump.
 */
export function shownTimeline(reads: TimelineReads): ActivityItem[] {
  const merged = mergeLeadActivity(reads.activity, uniqueCalls(reads.calls))
  if (reads.boundMs === -Infinity) return merged
  const cutoff = reads.boundMs + SAME_CALL_WINDOW_MS
  return merged.filter((item) => Date.parse(item.occurredAt) > cutoff)
}

/** The items a view shows: traffic, kind, direction, outcome and period filters applied. */
export function filterTimeline(
  items: readonly ActivityItem[],
  view: LeadViewState,
  now: Date,
): ActivityItem[] {
  const start = periodStartMs(view.period, now)
  return items.filter((item) => {
    if (!view.showAllTraffic && isHiddenTraffic(item)) return false
    if (view.kinds.length > 0 && !view.kinds.includes(displayKind(item))) return false
    if (view.direction !== 'all' && item.direction !== view.direction) return false
    if (view.outcome !== 'all' && outcomeGroup(item, now) !== view.outcome) return false
    return start === null || Date.parse(item.occurredAt) >= start
  })
}

/** How many items the traffic toggle hides from the loaded timeline (for its label). */
export function hiddenTrafficCount(items: readonly ActivityItem[]): number {
  return items.filter(isHiddenTraffic).length
}

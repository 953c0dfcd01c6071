import type { ActivityItem } from './activity'
import { callKey, type Call } from './call'
import { phoneDigits } from './phone'

/** Two records of one call may differ by this much in their start time (different clocks, queueing). */
export const SAME_CALL_WINDOW_MS = 2 * 60 * 1000

/** A call (of any source) as a lead-timeline item. */
export function callToActivity(call: Call): ActivityItem {
  return {
    source: call.source,
    id: call.id,
    relatedIds: call.relatedIds,
    kind: call.status === 'voicemail' ? 'voicemail' : 'call',
    direction: call.direction,
    outcome: call.status,
    rawStatus: call.rawStatus,
    statusReason: call.endReason,
    occurredAt: call.occurredAt,
    from: call.from,
    to: call.to,
    description: null,
    errorCode: null,
    retryCount: null,
    nextRetryAt: null,
    trafficType: null,
    isWarmup: false,
    timeline: call.timeline,
    call,
    mergedFrom: [],
    raw: call.raw,
  }
}

function ids(item: ActivityItem): Set<string> {
  return new Set(
    [item.id, ...item.relatedIds, ...(item.call?.relatedIds ?? [])].map((id) => id.toLowerCase()),
  )
}

/** Where a record was listed: one source's calls, or its lead timeline. A stream lists each thing once. */
function streamOf(item: ActivityItem): string {
  return `${item.source}:${item.call === null ? 'timeline' : 'calls'}`
}

/**
 * Ids that name a group rather than one call. Related ids include lead, conversation, contact and
 * sequence-run ids, which every call of the lead shares; taken as call ids they would fold the whole
 * timeline into one call. A stream never lists one call twice, so an id that two records of the same
 * stream carry cannot identify a call.
 */
export function groupIds(items: readonly ActivityItem[]): Set<string> {
  const owners = new Map<string, string>()
  const groups = new Set<string>()
  for (const item of items) {
    for (const id of ids(item)) {
      const key = `${streamOf(item)}\u0000${id}`
      const owner = owners.get(key)
      if (owner === undefined) owners.set(key, item.id)
      else if (owner !== item.id) groups.add(id)
    }
  }
  return groups
}

function sameNumbers(a: ActivityItem, b: ActivityItem): boolean {
  const key = (item: ActivityItem) =>
    [item.from, item.to]
      .map((n) => (n === null ? '' : phoneDigits(n).slice(-9)))
      .sort()
      .join('|')
  return key(a) !== '|' && key(a) === key(b)
}

/**
 * The same call told by two records of different streams: a shared id (other than a group id, see
 * `groupIds`), or the same two numbers within a couple of minutes.
 */
export function describeSameCall(
  a: ActivityItem,
  b: ActivityItem,
  groups: ReadonlySet<string> = new Set(),
): boolean {
  const isCall = (item: ActivityItem) => item.kind === 'call' || item.kind === 'voicemail'
  if (!isCall(a) || !isCall(b) || streamOf(a) === streamOf(b)) return false
  const idsOfB = ids(b)
  const shared = [...ids(a)].some((id) => !groups.has(id) && idsOfB.has(id))
  if (shared) return true
  const apart = Math.abs(Date.parse(a.occurredAt) - Date.parse(b.occurredAt))
  return apart <= SAME_CALL_WINDOW_MS && sameNumbers(a, b)
}

/** Richer first: a record that carries a full call beats a timeline line about it. */
function richness(item: ActivityItem): number {
  return (item.call === null ? 0 : 2) + (item.source === 'leadping' ? 1 : 0)
}

/**
 * A lead's timeline: Leadping's activity items, the lead's Leadping call events and other providers'
 * calls to or from the lead's numbers, newest first, with each call shown once. When two records tell
 * the same call, the richer one stays and names the other in `mergedFrom` (`source:id`).
 */
export function mergeLeadActivity(items: readonly ActivityItem[], calls: readonly Call[]): ActivityItem[] {
  const all = [...calls.map(callToActivity), ...items].sort((a, b) => richness(b) - richness(a))
  const groups = groupIds(all)
  const kept: ActivityItem[] = []
  // The streams each kept item already tells, so it never absorbs two records of one stream.
  const told: Set<string>[] = []
  for (const item of all) {
    const index = kept.findIndex(
      (existing, i) => !told[i]?.has(streamOf(item)) && describeSameCall(existing, item, groups),
    )
    const twin = index === -1 ? undefined : kept[index]
    if (twin === undefined) {
      kept.push(item)
      told.push(new Set([streamOf(item)]))
      continue
    }
    kept[index] = { ...twin, mergedFrom: [...twin.mergedFrom, callKey(item)] }
    told[index]?.add(streamOf(item))
  }
  return kept.sort((a, b) => (a.occurredAt === b.occurredAt ? 0 : a.occurredAt > b.occurredAt ? -1 : 1))
}

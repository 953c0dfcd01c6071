import { callKey, type ListedCall } from './call'

/** Newest first; ties broken by source then id so every run orders the same calls the same way. */
export function compareNewestFirst(a: ListedCall, b: ListedCall): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt > b.occurredAt ? -1 : 1
  const ka = callKey(a)
  const kb = callKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** Inserts into a newest-first list; appending is the common case and costs O(1). */
export function insertNewestFirst(list: ListedCall[], call: ListedCall): void {
  const last = list[list.length - 1]
  if (last === undefined || compareNewestFirst(last, call) <= 0) {
    list.push(call)
    return
  }
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const item = list[mid]
    if (item !== undefined && compareNewestFirst(item, call) <= 0) low = mid + 1
    else high = mid
  }
  list.splice(low, 0, call)
}

import type { InfiniteData } from '@tanstack/react-query'
import { callKey, type ListedCall } from '#domain/call'
import { compareNewestFirst, insertNewestFirst } from '#domain/call-order'
import type { CallsPage } from '#domain/index-api'

export type CallsPages = InfiniteData<CallsPage, string | null>

export type LiveMergeResult = {
  data: CallsPages
  /** New calls placed above every row shown before: what the "N new calls" marker counts. */
  onTop: number
  /** New calls placed anywhere (the total grows by this much). */
  added: number
}

/**
 * Puts what the live stream sent into the loaded pages of a newest-first list: a call already loaded is
 * replaced where it is (a call that changed, e.g. ended), a new one is inserted in order into the page
 * it belongs to. A new call older than everything loaded while more pages remain is left out: the next
 * page will bring it, and inserting it now would show it twice.
 */
export function mergeLiveCalls(data: CallsPages, incoming: readonly ListedCall[]): LiveMergeResult {
  const pending = new Map<string, ListedCall>()
  for (const call of incoming) pending.set(callKey(call), call)
  if (pending.size === 0) return { data, onTop: 0, added: 0 }

  const pages = data.pages.map((page) => {
    let changed = false
    const calls = page.calls.map((call) => {
      const update = pending.get(callKey(call))
      if (update === undefined) return call
      pending.delete(callKey(call))
      changed = true
      return update
    })
    return changed ? { ...page, calls } : page
  })

  const newest = pages[0]?.calls[0]
  let onTop = 0
  let added = 0
  for (const call of [...pending.values()].sort(compareNewestFirst)) {
    const index = pages.findIndex((page, i) => {
      const last = page.calls[page.calls.length - 1]
      const isLast = i === pages.length - 1
      return (
        (last !== undefined && compareNewestFirst(call, last) < 0) || (isLast && page.nextCursor === null)
      )
    })
    const page = pages[index]
    if (page === undefined) continue
    const calls = [...page.calls]
    insertNewestFirst(calls, call)
    pages[index] = { ...page, calls }
    added++
    if (newest === undefined || compareNewestFirst(call, newest) < 0) onTop++
  }

  const first = pages[0]
  if (first?.total && added > 0)
    pages[0] = { ...first, total: { ...first.total, count: first.total.count + added } }
  return { data: { ...data, pages }, onTop, added }
}

import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { Source } from '../../../domain/call'
import type { CallFilters } from '../../../domain/call-filters'
import { createMergedFeed } from '../../../providers/merged-feed'
import { fetchFromGateway } from '../../../lib/provider-fetcher'
import type { FeedStore } from '../api/feed-store'
import { livePollFilters, pickNewCalls } from './live-merge'

export const LIVE_INTERVAL_MS = 5000
/** Most new calls one poll inserts; a burst beyond this shows on the next poll. */
const LIVE_MAX = 200
/** How deep into the shown list a poll compares (calls sharing the newest second). */
const HEAD = 200

function subscribeVisibility(callback: () => void) {
  document.addEventListener('visibilitychange', callback)
  return () => document.removeEventListener('visibilitychange', callback)
}
const isVisible = () => document.visibilityState !== 'hidden'

export type LiveStatus = {
  /** Polling is on but waiting for the tab to be visible again. */
  hidden: boolean
  lastChecked: Date | null
  /** Sources whose last poll failed, in plain words. */
  problem: string | null
}

type Options = {
  enabled: boolean
  store: FeedStore
  filters: CallFilters
  sources: readonly Source[]
  onInserted: (count: number) => void
}

/**
 * Live mode: every few seconds, a fresh feed from the newest call shown onwards, straight to the gateway
 * (the cache would answer with the same page), and the calls not shown yet go on top. Polling stops
 * while the tab is hidden and resumes with an immediate check when it is shown again.
 */
export function useLivePolling({ enabled, store, filters, sources, onInserted }: Options): LiveStatus {
  const visible = useSyncExternalStore(subscribeVisibility, isVisible, () => true)
  const [lastChecked, setLastChecked] = useState<Date | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const inserted = useRef(onInserted)
  useEffect(() => {
    inserted.current = onInserted
  }, [onInserted])

  useEffect(() => {
    if (!enabled || !visible) return
    const controller = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      const state = store.getState()
      const head = [...state.live, ...state.snapshot.calls.slice(0, HEAD)]
      try {
        const feed = createMergedFeed({
          filters: livePollFilters(filters, head),
          sources: [...sources],
          fetcher: fetchFromGateway,
          now: () => new Date(),
        })
        const snapshot = await feed.loadMore(LIVE_MAX, controller.signal)
        if (controller.signal.aborted) return
        const fresh = pickNewCalls(head, snapshot.calls)
        store.prependLive(fresh)
        if (fresh.length > 0) inserted.current(fresh.length)
        const failed = snapshot.sources.filter((source) => source.error !== null)
        setProblem(failed.length > 0 ? failed.map((source) => source.error?.message).join(' ') : null)
        setLastChecked(new Date())
      } catch {
        if (controller.signal.aborted) return
        setProblem('Checking for new calls failed; trying again shortly.')
      }
      timer = setTimeout(() => void poll(), LIVE_INTERVAL_MS)
    }
    void poll()
    return () => {
      controller.abort()
      clearTimeout(timer)
    }
  }, [enabled, visible, store, filters, sources])

  return { hidden: enabled && !visible, lastChecked, problem }
}

import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { Call, Source } from '../../../domain/call'
import { callMatchesFilters } from '../../../domain/call-match'
import type { FeedSourceStatus } from '../../../domain/feed'
import { parseCallsView, type CallsViewState } from '../url-state/calls-url-state'
import { narrows } from '../url-state/view-transitions'
import { feedKey, getFeedEntry, type FeedEntry } from './feed-cache'
import { useRowMarks } from './use-row-marks'

/** A generous first page: the screen holds about 25 rows, the first scroll should not wait. */
export const FIRST_PAGE = 100
export const NEXT_PAGE = 250

type Answer = { entry: FeedEntry; calls: readonly Call[]; sources: FeedSourceStatus[]; done: boolean }

export type DisplayedFeed = {
  entry: FeedEntry
  /** Rows to show, newest first (Live calls on top). */
  calls: readonly Call[]
  sources: FeedSourceStatus[]
  done: boolean
  /** A load is running (first page, more rows, a retry). */
  loading: boolean
  /** Calls Live polling has put on top of this feed so far. */
  liveCount: number
  /** Nothing to show yet for any filters: skeleton rows. */
  initial: boolean
  /** The rows are the previous filters' (dimmed) while the new ones load. */
  stale: boolean
  /** The rows are the previous rows narrowed to the new filters: correct, not yet confirmed. */
  preview: boolean
  loadMore: () => void
  retry: (source: Source) => void
}

function useOwnAnswer(entry: FeedEntry): {
  answer: Answer | null
  loading: boolean
  sources: FeedSourceStatus[]
  liveCount: number
} {
  const state = useSyncExternalStore(entry.store.subscribe, entry.store.getState)
  const calls = useMemo(
    () => (state.live.length === 0 ? state.snapshot.calls : [...state.live, ...state.snapshot.calls]),
    [state.live, state.snapshot.calls],
  )
  const answered = !state.initial || calls.length > 0
  const answer = useMemo(
    () =>
      answered
        ? { entry, calls, sources: state.snapshot.sources, done: state.snapshot.done && !state.initial }
        : null,
    [answered, entry, calls, state.snapshot.sources, state.snapshot.done, state.initial],
  )
  return { answer, loading: state.loading, sources: state.snapshot.sources, liveCount: state.live.length }
}

/**
 * The calls for a view, through the feed cache. While a new filter set loads, the previous rows stay
 * on screen: narrowed to the new filters when the change only narrows them (so what shows is already
 * right, and a filter change feels instant), otherwise as they were, dimmed.
 */
export function useCallsFeed(view: CallsViewState): DisplayedFeed {
  const queryClient = useQueryClient()
  const key = feedKey(view)
  const entry = useMemo(
    () => getFeedEntry(queryClient, parseCallsView(new URLSearchParams(key)).view),
    [queryClient, key],
  )
  const { answer, loading, sources, liveCount } = useOwnAnswer(entry)
  const [previous, setPrevious] = useState<Answer | null>(null)
  useRowMarks(entry, answer !== null, answer?.calls.length ?? 0)

  useEffect(() => {
    // Idempotent: a load already running is joined, a feed already answered is left alone.
    if (entry.store.getState().initial) void entry.store.loadMore(FIRST_PAGE)
  }, [entry])

  // The last answer is remembered while rendering (React's pattern for state derived from earlier
  // renders), so the render that switches to a new filter set still has the old rows to show.
  if (answer !== null && answer !== previous) setPrevious(answer)

  const fallback = answer === null && previous !== null && previous.entry !== entry ? previous : null
  const isPreview = fallback !== null && narrows(fallback.entry.filters, entry.filters)
  const previewCalls = useMemo(
    () =>
      fallback && isPreview ? fallback.calls.filter((call) => callMatchesFilters(call, entry.filters)) : null,
    [fallback, isPreview, entry.filters],
  )

  const loadMore = useCallback(() => void entry.store.loadMore(NEXT_PAGE), [entry])
  const retry = useCallback((source: Source) => void entry.store.retry(source), [entry])
  const shown = answer ?? fallback
  return {
    entry,
    calls: previewCalls ?? shown?.calls ?? [],
    sources,
    done: answer?.done ?? false,
    loading,
    liveCount,
    initial: shown === null,
    stale: fallback !== null && !isPreview,
    preview: isPreview,
    loadMore,
    retry,
  }
}

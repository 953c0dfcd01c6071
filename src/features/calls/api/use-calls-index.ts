import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { callKey, type ListedCall } from '#domain/call'
import type { CallsPage, CallsQuery } from '#domain/index-api'
import type { CallsViewState } from '../url-state/calls-url-state'
import { callsInfiniteOptions } from './calls-index-query'
import { callsQueryKey, viewToCallsQuery } from './calls-query'
import { useRowMarks } from './use-row-marks'

export type CallsIndexView = {
  /** The canonical query string: the identity of this list (live marker, perf marks). */
  key: string
  query: CallsQuery
  /** Rows in the server's order, each call once. */
  calls: readonly ListedCall[]
  /** From the first page: matching calls in all (exact: false means "more than"). */
  total: CallsPage['total']
  firstPage: CallsPage | null
  done: boolean
  /** The first page, a next page or a refetch is running. */
  loading: boolean
  loadingMore: boolean
  /** Nothing to show yet for any filters: skeleton rows. */
  initial: boolean
  /** The rows are the previous filters' (dimmed) while the new ones load. */
  stale: boolean
  /** The first page failed (nothing of this query to show). */
  error: Error | null
  /** A later page failed; the rows so far stay. */
  moreError: Error | null
  loadMore: () => void
  retry: () => void
}

function flatten(pages: readonly CallsPage[]): ListedCall[] {
  if (pages.length === 1) return pages[0]?.calls ?? []
  // Live inserts and keyset pages cannot overlap in principle; a Set keeps a row from ever doubling.
  const seen = new Set<string>()
  const rows: ListedCall[] = []
  for (const page of pages)
    for (const call of page.calls) {
      const key = callKey(call)
      if (seen.has(key)) continue
      seen.add(key)
      rows.push(call)
    }
  return rows
}

/** The calls of a view from the index: pages by cursor, the previous rows kept (dimmed) while a new filter loads. */
export function useCallsIndex(view: CallsViewState): CallsIndexView {
  const query = useMemo(() => viewToCallsQuery(view), [view])
  const key = callsQueryKey(query)
  const result = useInfiniteQuery({ ...callsInfiniteOptions(query), placeholderData: keepPreviousData })
  const pages = result.data?.pages
  const calls = useMemo(() => (pages ? flatten(pages) : []), [pages])
  const stale = result.isPlaceholderData
  useRowMarks(key, pages !== undefined && !stale, calls.length)
  const { fetchNextPage, hasNextPage, isFetchingNextPage, refetch } = result
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [fetchNextPage, hasNextPage, isFetchingNextPage])
  const retry = useCallback(() => void refetch(), [refetch])
  const firstPage = pages?.[0] ?? null
  return {
    key,
    query,
    calls,
    total: firstPage?.total ?? null,
    firstPage,
    done: pages !== undefined && !stale && !hasNextPage,
    loading: result.isFetching,
    loadingMore: isFetchingNextPage,
    initial: pages === undefined && result.error === null,
    stale,
    error: pages === undefined ? result.error : null,
    moreError: result.isFetchNextPageError ? result.error : null,
    loadMore,
    retry,
  }
}

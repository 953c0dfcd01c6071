import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { SOURCES } from '../../../domain/call'
import type { CallFilters } from '../../../domain/call-filters'
import { createCachedFetcher } from '../../../lib/cached-fetcher'
import { createMergedFeed } from '../../../providers/merged-feed'
import { chartWindow, type ChartWindow } from '../../../domain/volume-buckets'
import { VolumeReader } from './volume-reader'

type Reading = { reader: VolumeReader; window: ChartWindow }

/**
 * The chart reads its own merged feed over exactly the table's filters. Every request goes through the
 * same React Query cache as the table's (createCachedFetcher), so the pages the table already loaded
 * are not fetched again, and pages the chart reads ahead are instant when the table scrolls to them.
 * Without a start, the feed is still built without one (so its requests are the table's) and reading
 * stops once it has passed the 30 days the chart shows.
 */
function createReading(filters: CallFilters, queryClient: QueryClient): Reading {
  const now = new Date()
  const window = chartWindow(filters.start, filters.end, now)
  const feed = createMergedFeed({
    filters,
    sources: filters.sources.length > 0 ? filters.sources : [...SOURCES],
    fetcher: createCachedFetcher(queryClient),
    now: () => now,
  })
  return { reader: new VolumeReader(feed, { windowStart: window.start }), window }
}

export function useVolumeReader(filters: CallFilters) {
  const queryClient = useQueryClient()
  // The page may hand over a new but equal filters object on every render; only a change of value
  // starts a new reading.
  const key = JSON.stringify(filters)
  const stableFilters = useMemo(() => JSON.parse(key) as CallFilters, [key])
  const { reader, window } = useMemo(
    () => createReading(stableFilters, queryClient),
    [stableFilters, queryClient],
  )
  useEffect(() => {
    reader.start()
    return () => reader.stop()
  }, [reader])
  const state = useSyncExternalStore(reader.subscribe, reader.getState)
  return { state, window, retry: (source: (typeof SOURCES)[number]) => reader.retry(source) }
}

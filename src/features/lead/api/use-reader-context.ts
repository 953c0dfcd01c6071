import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { createCachedFetcher } from '../../../lib/cached-fetcher'
import type { ReaderContext } from '../../../providers/adapter-kit/reader-context'

/** The adapters' context for this app: every provider request through React Query's cache. */
export function useReaderContext(): ReaderContext {
  const queryClient = useQueryClient()
  return useMemo(() => ({ fetcher: createCachedFetcher(queryClient), now: () => new Date() }), [queryClient])
}

import { useQuery } from '@tanstack/react-query'
import type { CallsPage, SourceSync } from '#domain/index-api'
import { syncOptions } from './calls-index-query'

export type SyncView = { sync: readonly SourceSync[]; now: Date }

/**
 * How each source's part of the index stands: the newer of the list's first page and `/api/sync` (which
 * is re-read every few seconds, and set by the live stream's sync messages). `now` is the server's
 * clock when it answered, so "synced 8 s ago" reads its times, not a browser's clock that may be off.
 */
export function useSyncView(firstPage: CallsPage | null): SyncView {
  const { data } = useQuery(syncOptions())
  const pageNow = firstPage ? Date.parse(firstPage.now) : -Infinity
  if (data && Date.parse(data.now) >= pageNow) return { sync: data.sources, now: new Date(data.now) }
  if (firstPage) return { sync: firstPage.sync, now: new Date(firstPage.now) }
  return { sync: [], now: new Date() }
}

import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ListedCall } from '#domain/call'
import type { SourceSync } from '#domain/index-api'
import { SYNC_KEY, type SyncState } from '../api/calls-index-query'
import { mergeLiveCalls, type CallsPages } from './live-cache'

type Connection = {
  url: string
  queryClient: QueryClient
  /** The list's cache entry the new calls go into. */
  queryKey: QueryKey
  onOpen: () => void
  /** `closed`: the server refused the stream; otherwise the browser reconnects by itself. */
  onError: (closed: boolean) => void
  onInserted: (count: number) => void
}

/**
 * The live stream itself, imported when Live is first turned on (use-live-stream.ts): one EventSource
 * with the list's filters; new and changed calls go into the list's cache (see live-cache.ts), sync
 * messages into the sync notes. Returns the function that closes it.
 */
export function openLiveStream({ url, queryClient, queryKey, onOpen, onError, onInserted }: Connection) {
  const source = new EventSource(url)
  source.onopen = onOpen
  source.onerror = () => onError(source.readyState === EventSource.CLOSED)
  source.addEventListener('calls', (event) => {
    const calls = readData<{ calls?: ListedCall[] }>(event)?.calls
    if (!Array.isArray(calls) || calls.length === 0) return
    let onTop = 0
    queryClient.setQueryData<CallsPages>(queryKey, (data) => {
      if (data === undefined) return data
      const merged = mergeLiveCalls(data, calls)
      onTop = merged.onTop
      return merged.data
    })
    if (onTop > 0) onInserted(onTop)
  })
  source.addEventListener('sync', (event) => {
    const sync = readData<{ sync?: SourceSync[] }>(event)?.sync
    if (!Array.isArray(sync)) return
    queryClient.setQueryData<SyncState>(SYNC_KEY, (previous) => {
      const skewMs = previous?.skewMs ?? 0
      return { sources: sync, now: new Date(Date.now() + skewMs).toISOString(), skewMs }
    })
  })
  return () => source.close()
}

function readData<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T
  } catch {
    return null
  }
}

import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { Call } from '../../../domain/call'
import { serializeCallsQuery, type CallsQuery, type SourceSync } from '../../../domain/index-api'
import { callsInfiniteOptions, SYNC_KEY, type SyncState } from '../api/calls-index-query'
import { mergeLiveCalls, type CallsPages } from './live-cache'

export type LiveStatus = {
  /** The stream is open; when it (re)opened. */
  connectedAt: Date | null
  /** The connection dropped; the browser reconnects by itself. */
  problem: string | null
}

type Options = {
  enabled: boolean
  query: CallsQuery
  onInserted: (count: number) => void
}

/** The stream's parameters: the list's filters, without its cursor and page size. */
export function liveStreamUrl(query: CallsQuery): string {
  const params = serializeCallsQuery({ ...query, cursor: null })
  params.delete('limit')
  const search = params.toString()
  return `/api/calls/stream${search ? `?${search}` : ''}`
}

/**
 * Live mode: one server-sent event stream with the list's filters. New and changed calls go into the
 * list's cache (see live-cache.ts), sync messages into the sync notes. The stream closes when Live is
 * turned off, the filters change or the page goes; reconnecting after a drop is EventSource's own.
 */
export function useLiveStream({ enabled, query, onInserted }: Options): LiveStatus {
  const queryClient = useQueryClient()
  const [connectedAt, setConnectedAt] = useState<Date | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const inserted = useRef(onInserted)
  useEffect(() => {
    inserted.current = onInserted
  }, [onInserted])
  const url = liveStreamUrl(query)
  const queryKey = callsInfiniteOptions(query).queryKey

  useEffect(() => {
    if (!enabled) return
    const source = new EventSource(url)
    source.onopen = () => {
      setConnectedAt(new Date())
      setProblem(null)
    }
    source.onerror = () => {
      setConnectedAt(null)
      setProblem(
        source.readyState === EventSource.CLOSED
          ? 'The live connection was refused; turn Live off and on to try again.'
          : 'The live connection dropped; reconnecting…',
      )
    }
    source.addEventListener('calls', (event) => {
      const calls = readData<{ calls?: Call[] }>(event)?.calls
      if (!Array.isArray(calls) || calls.length === 0) return
      let onTop = 0
      queryClient.setQueryData<CallsPages>(queryKey, (data) => {
        if (data === undefined) return data
        const merged = mergeLiveCalls(data, calls)
        onTop = merged.onTop
        return merged.data
      })
      if (onTop > 0) inserted.current(onTop)
    })
    source.addEventListener('sync', (event) => {
      const sync = readData<{ sync?: SourceSync[] }>(event)?.sync
      if (!Array.isArray(sync)) return
      queryClient.setQueryData<SyncState>(SYNC_KEY, (previous) => {
        const skewMs = previous?.skewMs ?? 0
        return { sources: sync, now: new Date(Date.now() + skewMs).toISOString(), skewMs }
      })
    })
    return () => {
      source.close()
      setConnectedAt(null)
      setProblem(null)
    }
    // queryKey is derived from url's query; url names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, url, queryClient])

  return { connectedAt, problem }
}

function readData<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T
  } catch {
    return null
  }
}

import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useState } from 'react'
import { serializeCallsQuery, type CallsQuery } from '#domain/index-api'
import { callsInfiniteOptions } from '../api/calls-index-query'

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
 * Live mode: one server-sent event stream with the list's filters (./live-connection, imported when Live
 * is first turned on, so the page's first load does not carry it). The stream closes when Live is
 * turned off, the filters change or the page goes; reconnecting after a drop is EventSource's own.
 */
export function useLiveStream({ enabled, query, onInserted }: Options): LiveStatus {
  const queryClient = useQueryClient()
  const [connectedAt, setConnectedAt] = useState<Date | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // Rows arrive long after the stream opened: an Effect Event calls the page's current callback without
  // reopening the stream when that callback changes.
  const inserted = useEffectEvent((count: number) => onInserted(count))
  const url = liveStreamUrl(query)
  const queryKey = callsInfiniteOptions(query).queryKey

  useEffect(() => {
    if (!enabled) return
    let close: (() => void) | null = null
    let gone = false
    import('./live-connection').then(
      ({ openLiveStream }) => {
        if (gone) return
        close = openLiveStream({
          url,
          queryClient,
          queryKey,
          onOpen: () => {
            setConnectedAt(new Date())
            setProblem(null)
          },
          onError: (closed) => {
            setConnectedAt(null)
            setProblem(
              closed
                ? 'The live connection was refused; turn Live off and on to try again.'
                : 'The live connection dropped; reconnecting…',
            )
          },
          onInserted: (count) => inserted(count),
        })
      },
      () => {
        if (!gone) setProblem('Live could not start: its code did not load. Reload the page to try again.')
      },
    )
    return () => {
      gone = true
      close?.()
      setConnectedAt(null)
      setProblem(null)
    }
    // queryKey is derived from url's query; url names it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, url, queryClient])

  return { connectedAt, problem }
}

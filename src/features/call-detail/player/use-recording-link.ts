import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { playableLink, type RecordingFile } from '#domain/recording-file'
import { telnyxRecordingsQuery } from '../api/call-detail-queries'
import { isLinkStale, linkLifetimeSec } from './player-state'

export type RecordingLink = {
  /** The http(s) link to play now, or null when none is known yet (Telnyx before play) or usable. */
  url: string | null
  /** Telnyx recordings of the session, once fetched; the selected one is `file`. */
  files: RecordingFile[] | null
  file: RecordingFile | null
  selected: number
  select: (index: number) => void
  /** A link the provider sent that is not http(s): shown as a data problem, never used. */
  unsafeUrl: string | null
  loading: boolean
  error: Error | null
  /** Resolves the link to use now: fetched on first use, fetched again when it is about to expire. */
  ensureFresh: () => Promise<string | null>
  /** Fetches a new link whatever its age (after the provider refused the old one). */
  refresh: () => Promise<string | null>
  /** Telnyx links expire; a stable Leadping link cannot be refreshed. */
  refreshable: boolean
}

function linkOf(file: RecordingFile | null): { url: string | null; unsafeUrl: string | null } {
  if (file === null) return { url: null, unsafeUrl: null }
  const link = playableLink(file)
  return { url: 'url' in link ? link.url : null, unsafeUrl: 'unsafe' in link ? link.unsafe : null }
}

/** A Telnyx session's recordings, fetched when asked and again before their links expire. */
export function useTelnyxLink(sessionId: string): RecordingLink {
  const queryClient = useQueryClient()
  const options = telnyxRecordingsQuery(sessionId)
  // Never fetched by itself: the user's Play (or Download) asks, through ensureFresh/refresh below.
  const query = useQuery({ ...options, enabled: false })
  const [selected, setSelected] = useState(0)
  const files = query.data?.recordings ?? null
  const file = files?.[selected] ?? files?.[0] ?? null
  const { url, unsafeUrl } = linkOf(file)

  const fetchLink = useCallback(async (): Promise<string | null> => {
    try {
      const data = await queryClient.fetchQuery(telnyxRecordingsQuery(sessionId))
      const next = data.recordings[selected] ?? data.recordings[0] ?? null
      return linkOf(next).url
    } catch {
      // The query holds the error; the player shows it from there.
      return null
    }
  }, [queryClient, sessionId, selected])

  const fetchedAt = query.data?.fetchedAt ?? null
  const ensureFresh = useCallback(async () => {
    if (url !== null && fetchedAt !== null && !isLinkStale(fetchedAt, linkLifetimeSec(url), Date.now())) {
      return url
    }
    return fetchLink()
  }, [url, fetchedAt, fetchLink])

  return {
    url,
    files,
    file,
    selected,
    select: setSelected,
    unsafeUrl,
    loading: query.isFetching,
    error: query.error,
    ensureFresh,
    refresh: fetchLink,
    refreshable: true,
  }
}

/** A provider link that does not expire (Leadping `recordingUrl`). */
export function useStaticLink(url: string): RecordingLink {
  const resolve = useCallback(() => Promise.resolve(url), [url])
  return {
    url,
    files: null,
    file: null,
    selected: 0,
    select: () => undefined,
    unsafeUrl: null,
    loading: false,
    error: null,
    ensureFresh: resolve,
    refresh: resolve,
    refreshable: false,
  }
}

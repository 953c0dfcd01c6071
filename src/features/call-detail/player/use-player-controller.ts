import { useCallback, useEffect, useReducer, useRef, type RefObject } from 'react'
import { describeMediaFailure } from './media-failure'
import { clampPosition, initialPlayerState, playerReducer, timeParamValue } from './player-state'
import { useElementEvents, useKeyboard } from './use-element-events'
import type { RecordingLink } from './use-recording-link'
import { useMediaState, type MediaState } from './use-media-state'
import { useTimeParam } from './use-time-param'

export type PlayerController = {
  media: MediaState
  /** Where the player is (or will start): the element's time once loaded, the `?t=` position before. */
  position: number
  duration: number | null
  /** Playing, or about to: the user pressed Play and the link or audio is on its way. */
  active: boolean
  busy: string | null
  problem: string | null
  toggle: () => void
  seekTo: (seconds: number) => void
  seekBy: (seconds: number) => void
  setRate: (rate: number) => void
}

const noop = () => undefined

/**
 * Drives the native `<audio preload="none">` from our own controls. The element gets its source only
 * when the user presses Play (Telnyx links are fetched then); a refused or expired link is fetched again
 * once and playback resumes where it was; the position is written to `?t=` on pause and seek.
 */
export function usePlayerController(
  audioRef: RefObject<HTMLAudioElement | null>,
  regionRef: RefObject<HTMLElement | null>,
  link: RecordingLink,
  durationHint: number | null,
): PlayerController {
  const media = useMediaState(audioRef)
  const { t, raw, writeT } = useTimeParam()
  const [state, dispatch] = useReducer(playerReducer, t, initialPlayerState)
  const { idlePosition, loaded, wantsPlay, busy, problem } = state
  // Refs, not state: the element's event handlers and awaited continuations read them as they are then,
  // and none of them is shown.
  const pendingSeek = useRef<number | null>(t)
  const lastPosition = useRef(t ?? 0)
  const refreshes = useRef(0)
  /** Bumped by every Play and Pause, so a Play still waiting for its link is dropped after a Pause. */
  const playRequest = useRef(0)
  const written = useRef(raw)
  const duration = media.duration ?? durationHint

  const writePosition = useCallback(
    (seconds: number) => {
      written.current = timeParamValue(seconds)
      writeT(seconds)
    },
    [writeT],
  )

  /**
   * Points the element at `url`, keeping the position (and the rate, via defaultPlaybackRate). `reload`
   * loads it again even when unchanged: a provider may sign the same link again within one second.
   */
  const attach = useCallback(
    (url: string, position: number, reload = false) => {
      const audio = audioRef.current
      if (audio === null || (audio.src === url && !reload)) return
      pendingSeek.current = position
      audio.src = url
    },
    [audioRef],
  )

  const play = useCallback(async () => {
    const audio = audioRef.current
    if (audio === null) return
    dispatch({ type: 'play-requested' })
    const request = ++playRequest.current
    const url = await link.ensureFresh()
    if (request !== playRequest.current) return
    if (url === null) {
      dispatch({ type: 'play-stopped' })
      return
    }
    attach(url, audio.src === '' ? lastPosition.current : audio.currentTime)
    // A failed start also fires the element's `error` event, which handles it; nothing to add here.
    audio.play().catch(noop)
  }, [audioRef, attach, link])

  const toggle = useCallback(() => {
    const audio = audioRef.current
    if (audio === null) return
    if (audio.paused && !wantsPlay) void play()
    else {
      playRequest.current += 1
      dispatch({ type: 'play-stopped' })
      audio.pause()
    }
  }, [audioRef, play, wantsPlay])

  const seekTo = useCallback(
    (seconds: number) => {
      const audio = audioRef.current
      const target = clampPosition(seconds, duration)
      lastPosition.current = target
      if (audio === null || audio.readyState === 0) {
        pendingSeek.current = target
        dispatch({ type: 'idle-seek', position: target })
        writePosition(target)
      } else {
        // `seeked` writes the position once the element is there.
        audio.currentTime = target
      }
    },
    [audioRef, duration, writePosition],
  )

  const seekBy = useCallback(
    (seconds: number) => {
      const audio = audioRef.current
      const from = audio !== null && audio.readyState > 0 ? audio.currentTime : lastPosition.current
      seekTo(from + seconds)
    },
    [audioRef, seekTo],
  )

  const setRate = useCallback(
    (rate: number) => {
      const audio = audioRef.current
      if (audio === null) return
      audio.defaultPlaybackRate = rate
      audio.playbackRate = rate
    },
    [audioRef],
  )

  useElementEvents(audioRef, {
    onLoaded: (audio) => {
      // This link works: a later refusal (it expired) may be refreshed again.
      refreshes.current = 0
      dispatch({ type: 'loaded' })
      const seek = pendingSeek.current
      pendingSeek.current = null
      if (seek !== null && seek > 0) audio.currentTime = clampPosition(seek, audio.duration)
    },
    onEmptied: () => dispatch({ type: 'emptied' }),
    onPlaying: () => {
      refreshes.current = 0
      dispatch({ type: 'playing' })
    },
    onPosition: (audio) => {
      lastPosition.current = audio.currentTime
    },
    onSettled: (audio) => {
      if (audio.readyState > 0) writePosition(audio.currentTime)
    },
    onPaused: () => dispatch({ type: 'play-stopped' }),
    onEnded: () => {
      dispatch({ type: 'play-stopped' })
      writePosition(0)
    },
    onError: async (audio) => {
      const failed = audio.src
      const position = pendingSeek.current ?? lastPosition.current
      if (link.refreshable && refreshes.current === 0) {
        refreshes.current += 1
        dispatch({ type: 'link-refreshing' })
        const url = await link.refresh()
        dispatch({ type: 'link-refreshed' })
        if (url !== null) {
          attach(url, position, true)
          if (wantsPlay) audio.play().catch(noop)
          return
        }
      }
      dispatch({ type: 'play-stopped' })
      dispatch({ type: 'failed', problem: await describeMediaFailure(failed) })
    },
  })

  useKeyboard(regionRef, { toggle, seekBy, seekTo: (to) => seekTo(to === 'start' ? 0 : (duration ?? 0)) })

  // A new `?t=` from outside (a pasted link opened in this tab, a link on the page) moves the player.
  useEffect(() => {
    if (raw === written.current) return
    written.current = raw
    if (t !== null) seekTo(t)
  }, [raw, t, seekTo])

  return {
    media,
    position: loaded ? media.currentTime : idlePosition,
    duration,
    active: wantsPlay || !media.paused,
    busy: busy ?? (link.loading ? 'Fetching the recording link…' : null),
    problem,
    toggle,
    seekTo,
    seekBy,
    setRate,
  }
}

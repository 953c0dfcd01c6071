import { useEffect, useState, type RefObject } from 'react'

export type MediaState = {
  currentTime: number
  /** Null until the file's length is known (preload="none" loads nothing before play). */
  duration: number | null
  paused: boolean
  /** Waiting for data (buffering after a seek or on a slow link). */
  waiting: boolean
  rate: number
}

const INITIAL: MediaState = { currentTime: 0, duration: null, paused: true, waiting: false, rate: 1 }

const EVENTS = [
  'timeupdate',
  'durationchange',
  'loadedmetadata',
  'play',
  'playing',
  'pause',
  'waiting',
  'seeking',
  'seeked',
  'ratechange',
  'emptied',
  'ended',
  'error',
] as const

function read(audio: HTMLAudioElement, waiting: boolean): MediaState {
  const duration = Number.isFinite(audio.duration) && audio.duration > 0 ? audio.duration : null
  return { currentTime: audio.currentTime, duration, paused: audio.paused, waiting, rate: audio.playbackRate }
}

/** The audio element's state as React state, updated from its media events (not polled). */
export function useMediaState(ref: RefObject<HTMLAudioElement | null>): MediaState {
  const [state, setState] = useState<MediaState>(INITIAL)
  useEffect(() => {
    const audio = ref.current
    if (audio === null) return
    let waiting = false
    const update = (event: Event) => {
      if (event.type === 'waiting') waiting = true
      else if (event.type === 'playing' || event.type === 'pause' || event.type === 'error') waiting = false
      setState(read(audio, waiting))
    }
    for (const name of EVENTS) audio.addEventListener(name, update)
    return () => {
      for (const name of EVENTS) audio.removeEventListener(name, update)
    }
  }, [ref])
  return state
}

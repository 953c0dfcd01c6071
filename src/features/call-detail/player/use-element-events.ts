import { useEffect, useEffectEvent, type RefObject } from 'react'
import { playerKeyAction } from './player-state'

type AudioHandlers = {
  /** Metadata is in: the length is known and a pending position can be applied. */
  onLoaded: (audio: HTMLAudioElement) => void
  onEmptied: () => void
  onPlaying: () => void
  onPosition: (audio: HTMLAudioElement) => void
  /** Paused or finished seeking: the moment to write the position to the URL. */
  onSettled: (audio: HTMLAudioElement) => void
  /** Paused by the user or by the browser (not at the end). */
  onPaused: () => void
  onEnded: () => void
  onError: (audio: HTMLAudioElement) => Promise<void>
}

/** Subscribes the controller to the audio element's events, always with its latest handlers. */
export function useElementEvents(ref: RefObject<HTMLAudioElement | null>, handlers: AudioHandlers) {
  const handle = useEffectEvent((event: Event, audio: HTMLAudioElement) => {
    switch (event.type) {
      case 'loadedmetadata':
        return handlers.onLoaded(audio)
      case 'emptied':
        return handlers.onEmptied()
      case 'playing':
        return handlers.onPlaying()
      case 'timeupdate':
      case 'seeking':
        return handlers.onPosition(audio)
      case 'seeked':
        handlers.onPosition(audio)
        return handlers.onSettled(audio)
      case 'pause':
        // The element pauses itself at the end; `ended` handles that moment instead.
        if (audio.ended) return
        handlers.onPaused()
        return handlers.onSettled(audio)
      case 'ended':
        return handlers.onEnded()
      case 'error':
        return void handlers.onError(audio)
    }
  })
  useEffect(() => {
    const audio = ref.current
    if (audio === null) return
    const names = [
      'loadedmetadata',
      'emptied',
      'playing',
      'timeupdate',
      'seeking',
      'seeked',
      'pause',
      'ended',
    ]
    const listener = (event: Event) => handle(event, audio)
    for (const name of [...names, 'error']) audio.addEventListener(name, listener)
    return () => {
      for (const name of [...names, 'error']) audio.removeEventListener(name, listener)
    }
  }, [ref])
}

type KeyHandlers = {
  toggle: () => void
  seekBy: (seconds: number) => void
  seekTo: (to: 'start' | 'end') => void
}

/**
 * Keyboard control while focus is inside the player. Listened to on the player's own element (not the
 * document), so keys typed elsewhere on the page, or in the player's own fields, are never taken.
 */
export function useKeyboard(ref: RefObject<HTMLElement | null>, handlers: KeyHandlers) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null
    const action = playerKeyAction({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      targetTag: target?.tagName ?? '',
      targetType: target instanceof HTMLInputElement ? target.type : null,
    })
    if (action === null) return
    event.preventDefault()
    if (action.type === 'toggle') handlers.toggle()
    else if (action.type === 'seekBy') handlers.seekBy(action.seconds)
    else handlers.seekTo(action.seconds)
  })
  useEffect(() => {
    const element = ref.current
    if (element === null) return
    const listener = (event: KeyboardEvent) => onKey(event)
    element.addEventListener('keydown', listener)
    return () => element.removeEventListener('keydown', listener)
  }, [ref])
}

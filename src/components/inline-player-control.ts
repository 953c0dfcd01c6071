import type { RecordingLookup } from '#domain/recording-file'
import { safeHttpUrl } from '#domain/safe-url'

/** What Play / Pause works on: the row's audio element and the player's state (inline-recording-player.tsx). */
export type PlayerControl = {
  element: HTMLAudioElement
  /** An http(s) address already checked, or null when it is looked up on the first Play. */
  knownSrc: string | null
  lookUp: (() => Promise<RecordingLookup>) | null
  /** The looked-up link, set on the element directly and forgotten when it fails (links expire). */
  lookedUpSrc: { current: string | null }
  setLookingUp: (on: boolean) => void
  setNoRecording: (on: boolean) => void
  setProblem: (problem: string | null) => void
}

/** The link to play: the known one, or the looked-up one (only ever an http(s) address). */
async function resolveSrc(control: PlayerControl): Promise<string | null> {
  const { knownSrc, lookUp, lookedUpSrc } = control
  if (knownSrc !== null) return knownSrc
  if (lookedUpSrc.current !== null || lookUp === null) return lookedUpSrc.current
  control.setLookingUp(true)
  const found = await lookUp()
  control.setLookingUp(false)
  if (found.kind === 'none') control.setNoRecording(true)
  if (found.kind === 'failed') control.setProblem(`The recording could not be looked up: ${found.message}`)
  if (found.kind !== 'found') return null
  const safe = safeHttpUrl(found.url)
  if (safe === null) control.setProblem('The recording link is not an http(s) address; it is never played.')
  lookedUpSrc.current = safe
  return safe
}

/**
 * Play or pause, imported on a row's first Play so the list's first load carries only the buttons.
 * The link is set on the element directly, never through React: re-rendering the attribute would restart
 * the load and abort the play() that follows a lookup.
 */
export async function togglePlayback(control: PlayerControl): Promise<void> {
  const { element } = control
  if (!element.paused) {
    element.pause()
    return
  }
  control.setProblem(null)
  const link = await resolveSrc(control)
  if (link === null) return
  if (element.getAttribute('src') !== link) element.src = link
  element.play().catch(() => control.setProblem('The recording could not be played.'))
}

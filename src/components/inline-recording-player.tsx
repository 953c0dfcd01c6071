import { useRef, useState } from 'react'
import { formatDuration } from '../domain/format-time'
import type { RecordingLookup } from '../domain/recording-file'
import { safeHttpUrl } from '../domain/safe-url'

type Props = {
  /** Which recording, for the button's name: "the call at 2026-11-20 10:00:05 UTC". */
  of: string
  /** Out of the Tab order (a table row that does not hold the roving focus). */
  tabIndex?: number
} & (
  | {
      /** An http(s) address already checked with safeHttpUrl: provider URLs are data until checked. */
      src: string
    }
  | {
      /** Where the link comes from when it is not known before Play (Telnyx): asked on the first Play. */
      lookUp: () => Promise<RecordingLookup>
    }
)

/** Keys a slider uses that the table's row navigation would otherwise also act on. */
const SLIDER_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
])

/**
 * A small player for a list row: Play / Pause, and once playing a position slider to seek, nothing
 * fetched before the first Play (preload none), so a page of recorded calls costs no media requests.
 */
export function InlineRecordingPlayer(props: Props) {
  const { of, tabIndex } = props
  const lookUp = 'lookUp' in props ? props.lookUp : null
  const audio = useRef<HTMLAudioElement>(null)
  const knownSrc = 'src' in props ? props.src : null
  // Set on the element directly, never through React: re-rendering the attribute would restart the load
  // and abort the play() that follows the lookup.
  const lookedUpSrc = useRef<string | null>(null)
  const [playing, setPlaying] = useState(false)
  const [lookingUp, setLookingUp] = useState(false)
  const [noRecording, setNoRecording] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [position, setPosition] = useState<{ at: number; duration: number } | null>(null)
  const track = (element: HTMLAudioElement) => {
    if (Number.isFinite(element.duration) && element.duration > 0) {
      setPosition({ at: element.currentTime, duration: element.duration })
    }
  }

  /** The link to play: the known one, or the looked-up one (only ever an http(s) address). */
  const resolveSrc = async (): Promise<string | null> => {
    if (knownSrc !== null) return knownSrc
    if (lookedUpSrc.current !== null || lookUp === null) return lookedUpSrc.current
    setLookingUp(true)
    const found = await lookUp()
    setLookingUp(false)
    if (found.kind === 'none') setNoRecording(true)
    if (found.kind === 'failed') setProblem(`The recording could not be looked up: ${found.message}`)
    if (found.kind !== 'found') return null
    const safe = safeHttpUrl(found.url)
    if (safe === null) setProblem('The recording link is not an http(s) address; it is never played.')
    lookedUpSrc.current = safe
    return safe
  }

  const toggle = async () => {
    const element = audio.current
    if (!element || noRecording || lookingUp) return
    if (!element.paused) {
      element.pause()
      return
    }
    setProblem(null)
    const link = await resolveSrc()
    if (link === null) return
    if (element.getAttribute('src') !== link) element.src = link
    element.play().catch(() => setProblem('The recording could not be played.'))
  }

  const onError = () => {
    setProblem('The recording could not be played.')
    // A looked-up link expires within minutes: the next Play asks for a fresh one.
    lookedUpSrc.current = null
  }

  const description = noRecording
    ? 'No recording found'
    : (problem ?? (lookingUp ? 'Looking up the recording…' : undefined))
  return (
    <span className="inline-player">
      <button
        type="button"
        className="inline-player-button"
        aria-label={`${playing ? 'Pause' : 'Play'} recording of ${of}`}
        title={description}
        // aria-disabled rather than disabled: the button keeps focus, so its description can still be read.
        aria-disabled={noRecording || undefined}
        aria-busy={lookingUp || undefined}
        tabIndex={tabIndex}
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{noRecording ? '–' : playing ? '❚❚' : '▶'}</span>
      </button>
      {/* No captions exist for call recordings; the call page offers the transcript where there is one. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio
        ref={audio}
        src={knownSrc ?? undefined}
        preload="none"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onError={onError}
        onLoadedMetadata={(event) => track(event.currentTarget)}
        onTimeUpdate={(event) => track(event.currentTarget)}
      />
      {position ? (
        <input
          type="range"
          className="inline-player-seek"
          aria-label={`Position in recording of ${of}`}
          aria-valuetext={`${formatDuration(Math.floor(position.at))} of ${formatDuration(Math.floor(position.duration))}`}
          min={0}
          max={Math.floor(position.duration)}
          step={1}
          value={Math.floor(position.at)}
          tabIndex={tabIndex}
          onKeyDown={(event) => {
            if (SLIDER_KEYS.has(event.key)) event.stopPropagation()
          }}
          onChange={(event) => {
            const element = audio.current
            if (element) element.currentTime = Number(event.currentTarget.value)
          }}
        />
      ) : null}
    </span>
  )
}

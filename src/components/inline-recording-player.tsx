import { lazy, Suspense, useRef, useState } from 'react'
import type { RecordingLookup } from '#domain/recording-file'
import { useHydrated } from '#lib/use-hydrated'

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

// Shown only once a recording plays, so its code loads then (not with the list).
const InlinePlayerSeek = lazy(async () => ({
  default: (await import('./inline-player-seek')).InlinePlayerSeek,
}))

/**
 * A small player for a list row: Play / Pause, and once playing a position slider to seek, nothing
 * fetched before the first Play (preload none), so a page of recorded calls costs no media requests.
 * The first load carries only the button and the audio element: Play's logic (./inline-player-control)
 * and the slider (./inline-player-seek) are imported on the first Play.
 */
export function InlineRecordingPlayer(props: Props) {
  const { of, tabIndex } = props
  // Playing needs the script: disabled until then, not lost (docs/decisions/controls-before-hydration.md).
  const hydrated = useHydrated()
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

  const toggle = async () => {
    const element = audio.current
    if (!element || noRecording || lookingUp) return
    const control = await import('./inline-player-control').catch(() => null)
    if (control === null) {
      setProblem('The player could not load; check the connection and try again.')
      return
    }
    await control.togglePlayback({
      element,
      knownSrc,
      lookUp,
      lookedUpSrc,
      setLookingUp,
      setNoRecording,
      setProblem,
    })
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
        disabled={!hydrated}
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
        <Suspense fallback={null}>
          <InlinePlayerSeek
            of={of}
            at={position.at}
            duration={position.duration}
            tabIndex={tabIndex}
            onSeek={(seconds) => {
              const element = audio.current
              if (element) element.currentTime = seconds
            }}
          />
        </Suspense>
      ) : null}
    </span>
  )
}

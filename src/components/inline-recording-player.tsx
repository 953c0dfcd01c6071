import { useRef, useState } from 'react'

type Props = {
  /** An http(s) address already checked with safeHttpUrl: provider URLs are data until checked. */
  src: string
  /** Which recording, for the button's name: "the call at 2026-11-20 10:00:05 UTC". */
  of: string
  /** Out of the Tab order (a table row that does not hold the roving focus). */
  tabIndex?: number
}

/**
 * A one-button player for a list row: Play / Pause, nothing fetched before the first Play
 * (preload none), so a page of recorded calls costs no media requests.
 */
export function InlineRecordingPlayer({ src, of, tabIndex }: Props) {
  const audio = useRef<HTMLAudioElement>(null)
  const [playing, setPlaying] = useState(false)
  const [failed, setFailed] = useState(false)
  const toggle = () => {
    const element = audio.current
    if (!element) return
    if (element.paused) element.play().catch(() => setFailed(true))
    else element.pause()
  }
  return (
    <span className="inline-player">
      <button
        type="button"
        className="inline-player-button"
        aria-label={`${playing ? 'Pause' : 'Play'} recording of ${of}`}
        title={failed ? 'The recording could not be played.' : undefined}
        tabIndex={tabIndex}
        onClick={toggle}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      {/* No captions exist for call recordings; the call page offers the transcript where there is one. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio
        ref={audio}
        src={src}
        preload="none"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onError={() => setFailed(true)}
      />
    </span>
  )
}

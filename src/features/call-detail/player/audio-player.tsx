import { useRef } from 'react'
import { useLocation } from 'react-router'
import { CopyButton } from '#components/copy-button'
import { formatDuration } from '#domain/format-time'
import { answeredBeforeRecording, markerPositions, timeParamValue } from './player-state'
import { DownloadRecording } from './download-recording'
import { SeekBar } from './seek-bar'
import { Transport } from './transport'
import { usePlayerController } from './use-player-controller'
import type { RecordingLink } from './use-recording-link'

type Props = {
  link: RecordingLink
  durationHint: number | null
  /** When the recording began, to place the answered/ended markers; null when unknown. */
  recordingStartedAt: string | null
  answeredAt: string | null
  endedAt: string | null
  fileName: (url: string) => string
}

/** A link to this call at the current position, for pasting to a colleague. */
function momentLink(pathname: string, search: string, position: number): string {
  const params = new URLSearchParams(search)
  const t = timeParamValue(position)
  if (t === null) params.delete('t')
  else params.set('t', t)
  const query = params.toString()
  return `${window.location.origin}${pathname}${query ? `?${query}` : ''}`
}

/** The player: native audio (preload none, never shown) under accessible controls of our own. */
export function AudioPlayer(props: Props) {
  const audioRef = useRef<HTMLAudioElement>(null)
  const regionRef = useRef<HTMLDivElement>(null)
  const location = useLocation()
  const player = usePlayerController(audioRef, regionRef, props.link, props.durationHint)
  const markers = markerPositions({
    recordingStartedAt: props.recordingStartedAt,
    answeredAt: props.answeredAt,
    endedAt: props.endedAt,
    durationSec: player.duration,
  })
  const lateStart = answeredBeforeRecording(props.recordingStartedAt, props.answeredAt)
  const status = player.busy ?? (player.media.waiting ? 'Loading audio…' : '')
  return (
    // The region takes focus so that space and the arrow keys control playback (see useKeyboard).
    <div ref={regionRef} className="player" role="region" aria-label="Recording player" tabIndex={0}>
      {/* Call recordings come without a caption track; a transcript, when the provider has one, is on the page. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio ref={audioRef} preload="none" />
      <SeekBar
        position={player.position}
        duration={player.duration}
        markers={markers}
        onSeek={player.seekTo}
      />
      <Transport
        active={player.active}
        position={player.position}
        duration={player.duration}
        rate={player.media.rate}
        markers={markers}
        onToggle={player.toggle}
        onSeekBy={player.seekBy}
        onSeekTo={player.seekTo}
        onRate={player.setRate}
      />
      {lateStart === null ? null : (
        <p className="note">{`The recording started ${formatDuration(lateStart)} after the call was answered.`}</p>
      )}
      <p className="player-status" role="status">
        {status}
      </p>
      {player.problem === null ? null : (
        <div className="alert error" role="alert">
          {player.problem}
        </div>
      )}
      <div className="player-links">
        <DownloadRecording link={props.link} fileName={props.fileName} />
        <span className="player-moment">
          {`Link to ${formatDuration(player.position)}:`}{' '}
          <CopyButton
            text={() => momentLink(location.pathname, location.search, player.position)}
            label={`Copy link to this moment (${formatDuration(player.position)})`}
          />
        </span>
        <span className="player-hint">Keys: space play/pause · ←/→ 5 s · Shift+←/→ 15 s</span>
      </div>
    </div>
  )
}

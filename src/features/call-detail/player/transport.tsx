import { formatDuration } from '#domain/format-time'
import { PLAYBACK_RATES, type Marker } from './player-state'

type Props = {
  active: boolean
  position: number
  duration: number | null
  rate: number
  markers: Marker[]
  onToggle: () => void
  onSeekBy: (seconds: number) => void
  onSeekTo: (seconds: number) => void
  onRate: (rate: number) => void
}

const JUMPS = [
  { seconds: -15, text: '−15 s', label: 'Back 15 seconds' },
  { seconds: -5, text: '−5 s', label: 'Back 5 seconds' },
  { seconds: 5, text: '+5 s', label: 'Forward 5 seconds' },
  { seconds: 15, text: '+15 s', label: 'Forward 15 seconds' },
] as const

/** Play/pause, skips, time, speed, and jumps to the call's moments. */
export function Transport(props: Props) {
  const { active, position, duration, rate, markers } = props
  return (
    <div className="player-transport">
      <button type="button" className="primary player-toggle" onClick={props.onToggle}>
        {active ? 'Pause' : 'Play'}
      </button>
      {JUMPS.map((jump) => (
        <button
          key={jump.seconds}
          type="button"
          aria-label={jump.label}
          onClick={() => props.onSeekBy(jump.seconds)}
        >
          {jump.text}
        </button>
      ))}
      <span className="player-time">
        <span aria-label="Current position">{formatDuration(position)}</span>
        {' / '}
        <span aria-label="Duration">{formatDuration(duration)}</span>
      </span>
      <label className="player-rate">
        Speed{' '}
        <select value={rate} onChange={(event) => props.onRate(Number(event.currentTarget.value))}>
          {PLAYBACK_RATES.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      {markers.map((marker) => (
        <button
          key={marker.kind}
          type="button"
          className={`player-marker-jump player-marker-jump-${marker.kind}`}
          onClick={() => props.onSeekTo(marker.seconds)}
        >
          {`Jump to ${marker.label.toLowerCase()} (${formatDuration(marker.seconds)})`}
        </button>
      ))}
    </div>
  )
}

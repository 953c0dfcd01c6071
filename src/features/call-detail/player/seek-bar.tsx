import { useState } from 'react'
import { formatDuration } from '#domain/format-time'
import { positionValueText, type Marker } from './player-state'

type Props = {
  position: number
  duration: number | null
  markers: Marker[]
  onSeek: (seconds: number) => void
}

/**
 * The seek slider with the call's answered and ended moments drawn on it. While the thumb is dragged
 * only the shown position follows it; the element seeks once, on release, so a drag is one Range
 * request rather than dozens. Keyboard and programmatic changes seek at once.
 */
export function SeekBar({ position, duration, markers, onSeek }: Props) {
  const [scrub, setScrub] = useState<number | null>(null)
  const [dragging, setDragging] = useState(false)
  const shown = scrub ?? position
  const release = () => {
    setDragging(false)
    if (scrub !== null) onSeek(scrub)
    setScrub(null)
  }
  return (
    <div className="seek-bar">
      <input
        type="range"
        min={0}
        max={duration === null ? 0 : Math.max(1, Math.ceil(duration))}
        step={1}
        value={Math.floor(shown)}
        disabled={duration === null}
        aria-label="Seek"
        aria-valuetext={positionValueText(shown, duration)}
        onPointerDown={() => setDragging(true)}
        onPointerUp={release}
        onPointerCancel={release}
        onChange={(event) => {
          const value = Number(event.currentTarget.value)
          if (dragging) setScrub(value)
          else onSeek(value)
        }}
      />
      <div className="seek-markers" aria-hidden="true">
        {markers.map((marker) => (
          <span
            key={marker.kind}
            className={`seek-marker seek-marker-${marker.kind}`}
            style={{ left: `${marker.percent}%` }}
            title={`${marker.label} at ${formatDuration(marker.seconds)}`}
          />
        ))}
      </div>
    </div>
  )
}

import { formatDuration } from '#domain/format-time'

type Props = {
  of: string
  at: number
  duration: number
  tabIndex?: number
  onSeek: (seconds: number) => void
}

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

/** The inline player's position slider, shown (and loaded) once a recording plays. */
export function InlinePlayerSeek({ of, at, duration, tabIndex, onSeek }: Props) {
  return (
    <input
      type="range"
      className="inline-player-seek"
      aria-label={`Position in recording of ${of}`}
      aria-valuetext={`${formatDuration(Math.floor(at))} of ${formatDuration(Math.floor(duration))}`}
      min={0}
      max={Math.floor(duration)}
      step={1}
      value={Math.floor(at)}
      tabIndex={tabIndex}
      onKeyDown={(event) => {
        if (SLIDER_KEYS.has(event.key)) event.stopPropagation()
      }}
      onChange={(event) => onSeek(Number(event.currentTarget.value))}
    />
  )
}

import { formatDuration } from '#domain/format-time'

/** Longest position a `?t=` link may ask for; anything beyond is not a call recording. */
const MAX_T_SECONDS = 24 * 3600

/**
 * The `t` search parameter (`?t=73`, `?t=73.5`, `?t=1:13`, `?t=1m13s`) in seconds, or null when absent
 * or unreadable: a bad link starts at the beginning rather than failing.
 */
export function parseTimeParam(value: string | null): number | null {
  if (value === null) return null
  const text = value.trim().toLowerCase()
  let seconds: number | null = null
  if (/^\d+(\.\d+)?s?$/.test(text)) seconds = Number(text.replace(/s$/, ''))
  else if (/^\d+(:[0-5]\d){1,2}$/.test(text)) {
    seconds = text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0)
  } else {
    const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text)
    if (m && text !== '') seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)
  }
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_T_SECONDS) return null
  return seconds
}

/** The `t` value for a position: whole seconds, or null (no parameter) at the very start. */
export function timeParamValue(seconds: number): string | null {
  const whole = Math.floor(seconds)
  return Number.isFinite(whole) && whole > 0 ? String(whole) : null
}

/** Keeps a position inside the recording (duration unknown: only non-negative). */
export function clampPosition(seconds: number, duration: number | null): number {
  const floor = Math.max(0, Number.isFinite(seconds) ? seconds : 0)
  return duration !== null && Number.isFinite(duration) ? Math.min(floor, duration) : floor
}

/** What a screen reader hears on the seek slider: "1:13 of 4:05". */
export function positionValueText(seconds: number, duration: number | null): string {
  const position = formatDuration(seconds)
  return duration === null || !Number.isFinite(duration)
    ? position
    : `${position} of ${formatDuration(duration)}`
}

export type Marker = { kind: 'answered' | 'ended'; label: string; seconds: number; percent: number }

/** Tolerance for provider clocks: an answer a fraction of a second before the recording began still counts. */
const EDGE_TOLERANCE_SEC = 1

/**
 * Where the call was answered and where it ended, relative to the recording's start, as positions on
 * the seek bar. Moments outside the recording (answered before recording started) get no marker.
 */
export function markerPositions(input: {
  recordingStartedAt: string | null
  answeredAt: string | null
  endedAt: string | null
  durationSec: number | null
}): Marker[] {
  const start = input.recordingStartedAt === null ? NaN : Date.parse(input.recordingStartedAt)
  const duration = input.durationSec
  if (Number.isNaN(start) || duration === null || !(duration > 0)) return []
  const markers: Marker[] = []
  const moments = [
    { kind: 'answered', label: 'Answered', at: input.answeredAt },
    { kind: 'ended', label: 'Ended', at: input.endedAt },
  ] as const
  for (const moment of moments) {
    if (moment.at === null) continue
    const offset = (Date.parse(moment.at) - start) / 1000
    if (Number.isNaN(offset) || offset < -EDGE_TOLERANCE_SEC || offset > duration + EDGE_TOLERANCE_SEC)
      continue
    const seconds = clampPosition(offset, duration)
    markers.push({ kind: moment.kind, label: moment.label, seconds, percent: (seconds / duration) * 100 })
  }
  return markers
}

/**
 * Seconds between the answer and a later start of the recording (Telnyx starts recording on a command,
 * often after the answer), to say so next to the seek bar; null when the recording covers the answer.
 */
export function answeredBeforeRecording(
  recordingStartedAt: string | null,
  answeredAt: string | null,
): number | null {
  if (recordingStartedAt === null || answeredAt === null) return null
  const gap = (Date.parse(recordingStartedAt) - Date.parse(answeredAt)) / 1000
  return Number.isFinite(gap) && gap > EDGE_TOLERANCE_SEC ? gap : null
}

/** Telnyx documents `X-Amz-Expires=600` on recording links; the link itself says so too. */
export const DEFAULT_LINK_LIFETIME_SEC = 600

/** How long a presigned link lives, from its `X-Amz-Expires` (seconds), else the documented default. */
export function linkLifetimeSec(url: string): number {
  try {
    const expires = Number(new URL(url).searchParams.get('X-Amz-Expires') ?? NaN)
    return Number.isInteger(expires) && expires > 0 ? expires : DEFAULT_LINK_LIFETIME_SEC
  } catch {
    return DEFAULT_LINK_LIFETIME_SEC
  }
}

/** Refresh this long before expiry, so a link never dies between the check and the request. */
const LINK_MARGIN_SEC = 30

/**
 * True when a link fetched at `fetchedAtMs` should be fetched again before use. Measured on the
 * browser's clock from when we received it, not from `X-Amz-Date`: the provider's clock and ours differ.
 */
export function isLinkStale(fetchedAtMs: number, lifetimeSec: number, nowMs: number): boolean {
  return nowMs - fetchedAtMs >= (lifetimeSec - LINK_MARGIN_SEC) * 1000
}

export type PlayerAction =
  { type: 'toggle' } | { type: 'seekBy'; seconds: number } | { type: 'seekTo'; seconds: 'start' | 'end' }

const TYPING_TAGS: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT'])
const ACTIVATING_TAGS: ReadonlySet<string> = new Set(['BUTTON', 'A', 'SUMMARY'])

/**
 * Keyboard control while the player has focus: space or K plays and pauses, arrows seek 5 s (15 s with
 * Shift), J/L seek 15 s, Home/End jump. Keys are never taken from text fields or selects, space and
 * Enter stay with buttons and links, and the seek slider keeps its own arrow keys.
 */
export function playerKeyAction(event: {
  key: string
  shiftKey: boolean
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  targetTag: string
  targetType: string | null
}): PlayerAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null
  const isSlider = event.targetTag === 'INPUT' && event.targetType === 'range'
  if (TYPING_TAGS.has(event.targetTag) && !isSlider) return null
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (key === ' ' || key === 'k')
    return ACTIVATING_TAGS.has(event.targetTag) && key === ' ' ? null : { type: 'toggle' }
  if (isSlider) return null
  switch (key) {
    case 'ArrowLeft':
      return { type: 'seekBy', seconds: event.shiftKey ? -15 : -5 }
    case 'ArrowRight':
      return { type: 'seekBy', seconds: event.shiftKey ? 15 : 5 }
    case 'j':
      return { type: 'seekBy', seconds: -15 }
    case 'l':
      return { type: 'seekBy', seconds: 15 }
    case 'Home':
      return { type: 'seekTo', seconds: 'start' }
    case 'End':
      return { type: 'seekTo', seconds: 'end' }
    default:
      return null
  }
}

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const

/** What the player shows; the element's own state (time, paused) is read from it, not kept here. */
export type PlayerState = {
  /** The position shown before the element has loaded (the `?t=` position, or a seek made meanwhile). */
  idlePosition: number
  /** The element has loaded metadata: its time is the position shown. */
  loaded: boolean
  /** The user pressed Play and has not paused since (the link or the audio may still be on its way). */
  wantsPlay: boolean
  busy: string | null
  problem: string | null
}

export type PlayerEvent =
  | { type: 'play-requested' }
  /** Paused, ended, failed, or a Play that found no link. */
  | { type: 'play-stopped' }
  | { type: 'idle-seek'; position: number }
  | { type: 'loaded' }
  | { type: 'emptied' }
  | { type: 'playing' }
  | { type: 'link-refreshing' }
  | { type: 'link-refreshed' }
  | { type: 'failed'; problem: string }

export const REFRESHING_LINK_MESSAGE = 'The recording link expired or was refused; fetching a new one…'

export function initialPlayerState(t: number | null): PlayerState {
  return { idlePosition: t ?? 0, loaded: false, wantsPlay: false, busy: null, problem: null }
}

/** The state itself when nothing changes, so React skips the render as it does for an unchanged useState. */
function patch(state: PlayerState, changes: Partial<PlayerState>): PlayerState {
  const keys = Object.keys(changes) as (keyof PlayerState)[]
  return keys.every((key) => Object.is(state[key], changes[key])) ? state : { ...state, ...changes }
}

export function playerReducer(state: PlayerState, event: PlayerEvent): PlayerState {
  switch (event.type) {
    case 'play-requested':
      return patch(state, { wantsPlay: true, problem: null })
    case 'play-stopped':
      return patch(state, { wantsPlay: false })
    case 'idle-seek':
      return patch(state, { idlePosition: event.position })
    case 'loaded':
      return patch(state, { loaded: true })
    case 'emptied':
      return patch(state, { loaded: false })
    case 'playing':
    case 'link-refreshed':
      return patch(state, { busy: null })
    case 'link-refreshing':
      return patch(state, { busy: REFRESHING_LINK_MESSAGE })
    case 'failed':
      return patch(state, { problem: event.problem })
  }
}

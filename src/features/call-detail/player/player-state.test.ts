import { describe, expect, it } from 'vitest'
import {
  answeredBeforeRecording,
  clampPosition,
  initialPlayerState,
  isLinkStale,
  linkLifetimeSec,
  markerPositions,
  parseTimeParam,
  playerKeyAction,
  playerReducer,
  positionValueText,
  REFRESHING_LINK_MESSAGE,
  timeParamValue,
} from './player-state'

describe('the t parameter', () => {
  it('reads seconds in the spellings people paste', () => {
    expect(parseTimeParam('73')).toBe(73)
    expect(parseTimeParam('73.5')).toBe(73.5)
    expect(parseTimeParam('73s')).toBe(73)
    expect(parseTimeParam('1:13')).toBe(73)
    expect(parseTimeParam('1:02:03')).toBe(3723)
    expect(parseTimeParam('1m13s')).toBe(73)
    expect(parseTimeParam('1h2m')).toBe(3720)
    expect(parseTimeParam(' 0 ')).toBe(0)
  })

  it('ignores what is not a position', () => {
    for (const bad of [null, '', '-5', 'abc', '1:75', '1e3', 'Infinity', '99999999', 'm', '1:2']) {
      expect(parseTimeParam(bad), String(bad)).toBeNull()
    }
  })

  it('writes whole seconds and drops the parameter at the start', () => {
    expect(timeParamValue(73.9)).toBe('73')
    expect(timeParamValue(0.4)).toBeNull()
    expect(timeParamValue(Number.NaN)).toBeNull()
  })
})

describe('positions', () => {
  it('clamps into the recording', () => {
    expect(clampPosition(-3, 100)).toBe(0)
    expect(clampPosition(130, 100)).toBe(100)
    expect(clampPosition(130, null)).toBe(130)
    expect(clampPosition(Number.NaN, 100)).toBe(0)
  })

  it('says the position in words for the slider', () => {
    expect(positionValueText(73, 245)).toBe('1:13 of 4:05')
    expect(positionValueText(73, null)).toBe('1:13')
  })
})

describe('seek bar markers', () => {
  it('places answered and ended relative to the recording start', () => {
    const markers = markerPositions({
      recordingStartedAt: '2026-11-20T14:00:00.000Z',
      answeredAt: '2026-11-20T14:00:10.000Z',
      endedAt: '2026-11-20T14:01:40.000Z',
      durationSec: 100,
    })
    expect(markers).toEqual([
      { kind: 'answered', label: 'Answered', seconds: 10, percent: 10 },
      { kind: 'ended', label: 'Ended', seconds: 100, percent: 100 },
    ])
  })

  it('drops moments outside the recording, tolerates a clock fraction, and needs a start and length', () => {
    const markers = markerPositions({
      recordingStartedAt: '2026-11-20T14:00:20.000Z',
      answeredAt: '2026-11-20T14:00:10.000Z',
      endedAt: '2026-11-20T14:02:00.400Z',
      durationSec: 100,
    })
    expect(markers.map((m) => [m.kind, m.seconds])).toEqual([['ended', 100]])
    expect(
      markerPositions({ recordingStartedAt: null, answeredAt: 'x', endedAt: null, durationSec: 10 }),
    ).toEqual([])
    expect(
      markerPositions({
        recordingStartedAt: '2026-11-20T14:00:00Z',
        answeredAt: '2026-11-20T14:00:00Z',
        endedAt: null,
        durationSec: 0,
      }),
    ).toEqual([])
  })
})

describe('answer before the recording', () => {
  it('says how long before the recording began the call was answered', () => {
    expect(answeredBeforeRecording('2026-11-20T14:21:11.426Z', '2026-11-20T14:20:50.628Z')).toBeCloseTo(
      20.798,
    )
    expect(answeredBeforeRecording('2026-11-20T14:00:00.500Z', '2026-11-20T14:00:00Z')).toBeNull()
    expect(answeredBeforeRecording(null, '2026-11-20T14:00:00Z')).toBeNull()
  })
})

describe('expiring links', () => {
  const url =
    'https://s3.example/r.wav?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261120T150005Z&X-Amz-Expires=300'

  it('reads the lifetime from the link, else the documented ten minutes', () => {
    expect(linkLifetimeSec(url)).toBe(300)
    expect(linkLifetimeSec('https://s3.example/r.wav')).toBe(600)
    expect(linkLifetimeSec('not a url')).toBe(600)
  })

  it('is stale shortly before the lifetime ends', () => {
    const fetched = 1_000_000
    expect(isLinkStale(fetched, 600, fetched + 60_000)).toBe(false)
    expect(isLinkStale(fetched, 600, fetched + 569_000)).toBe(false)
    expect(isLinkStale(fetched, 600, fetched + 570_000)).toBe(true)
    expect(isLinkStale(fetched, 600, fetched + 700_000)).toBe(true)
  })
})

describe('keyboard', () => {
  const press = (
    key: string,
    targetTag = 'DIV',
    extra: Partial<Parameters<typeof playerKeyAction>[0]> = {},
  ) =>
    playerKeyAction({
      key,
      shiftKey: false,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      targetTag,
      targetType: null,
      ...extra,
    })

  it('plays, pauses and seeks when the player itself has focus', () => {
    expect(press(' ')).toEqual({ type: 'toggle' })
    expect(press('k')).toEqual({ type: 'toggle' })
    expect(press('ArrowLeft')).toEqual({ type: 'seekBy', seconds: -5 })
    expect(press('ArrowRight', 'DIV', { shiftKey: true })).toEqual({ type: 'seekBy', seconds: 15 })
    expect(press('J')).toEqual({ type: 'seekBy', seconds: -15 })
    expect(press('End')).toEqual({ type: 'seekTo', seconds: 'end' })
    expect(press('x')).toBeNull()
  })

  it('never steals keys from text fields, selects, buttons or modified shortcuts', () => {
    expect(press(' ', 'INPUT', { targetType: 'text' })).toBeNull()
    expect(press('ArrowLeft', 'SELECT')).toBeNull()
    expect(press('k', 'TEXTAREA')).toBeNull()
    expect(press(' ', 'BUTTON')).toBeNull()
    expect(press('ArrowLeft', 'DIV', { ctrlKey: true })).toBeNull()
  })

  it('lets the seek slider keep its arrows but toggles on space', () => {
    expect(press('ArrowLeft', 'INPUT', { targetType: 'range' })).toBeNull()
    expect(press(' ', 'INPUT', { targetType: 'range' })).toEqual({ type: 'toggle' })
  })
})

describe('the player state', () => {
  it('starts at the ?t= position, idle', () => {
    expect(initialPlayerState(73)).toEqual({
      idlePosition: 73,
      loaded: false,
      wantsPlay: false,
      busy: null,
      problem: null,
    })
    expect(initialPlayerState(null).idlePosition).toBe(0)
  })

  it('clears the last problem when Play is pressed again', () => {
    const failed = playerReducer(initialPlayerState(null), { type: 'failed', problem: 'refused' })
    expect(playerReducer(failed, { type: 'play-requested' })).toMatchObject({
      wantsPlay: true,
      problem: null,
    })
  })

  it('shows the link refresh while it runs, and drops it once playing', () => {
    const refreshing = playerReducer(initialPlayerState(null), { type: 'link-refreshing' })
    expect(refreshing.busy).toBe(REFRESHING_LINK_MESSAGE)
    expect(playerReducer(refreshing, { type: 'link-refreshed' }).busy).toBeNull()
    expect(playerReducer(refreshing, { type: 'playing' }).busy).toBeNull()
  })

  it('returns the same state when nothing changes, so React skips the render', () => {
    const state = initialPlayerState(5)
    expect(playerReducer(state, { type: 'play-stopped' })).toBe(state)
    expect(playerReducer(state, { type: 'idle-seek', position: 5 })).toBe(state)
    expect(playerReducer(state, { type: 'emptied' })).toBe(state)
  })
})

import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW } from '../url-state/calls-url-state'
import { emptyMarker, markerFor, markInserted, markSeen } from './live-marker'
import { anchoredScrollTop, liveUnavailableReason } from './live-merge'

describe('live', () => {
  it('runs only newest first and for periods that reach now', () => {
    const now = new Date('2026-11-20T15:00:00.000Z')
    expect(liveUnavailableReason(DEFAULT_VIEW, now)).toBeNull()
    expect(liveUnavailableReason({ ...DEFAULT_VIEW, sort: 'duration' }, now)).toMatch(/newest-first/)
    const past = { ...DEFAULT_VIEW, period: null, start: null, end: '2026-11-20T10:00:00.000Z' }
    expect(liveUnavailableReason(past, now)).toMatch(/runs until now/)
  })

  it('keeps the reader in place unless they are at the very top', () => {
    expect(anchoredScrollTop(0, 3, 36)).toBe(0)
    expect(anchoredScrollTop(720, 3, 36)).toBe(828)
  })
})

describe('the new-calls marker', () => {
  it('counts unseen calls and highlights the batch, per feed', () => {
    let marker = emptyMarker('a')
    marker = markInserted(marker, 'a', 2)
    marker = markInserted(marker, 'a', 1)
    expect(marker).toEqual({ key: 'a', unseen: 3, highlighted: 3 })
    marker = markSeen(marker)
    expect(marker).toEqual({ key: 'a', unseen: 0, highlighted: 3 })
    marker = markInserted(marker, 'a', 4)
    expect(marker).toEqual({ key: 'a', unseen: 4, highlighted: 4 })
    expect(markerFor(marker, 'b')).toEqual(emptyMarker('b'))
    expect(markInserted(marker, 'b', 1)).toEqual({ key: 'b', unseen: 1, highlighted: 1 })
  })
})

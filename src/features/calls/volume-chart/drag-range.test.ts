import { describe, expect, it } from 'vitest'
import { bucketBoundaries } from '#domain/volume-buckets'
import { indexAtX, isDrag, narrowedRange, selectionBetween } from './drag-range'

describe('drag-to-range math', () => {
  const geometry = { left: 40, slot: 10, count: 24 }

  it('maps a position to the bar under it, snapping positions beside the plot', () => {
    expect(indexAtX(40, geometry)).toBe(0)
    expect(indexAtX(49.9, geometry)).toBe(0)
    expect(indexAtX(50, geometry)).toBe(1)
    expect(indexAtX(0, geometry)).toBe(0)
    expect(indexAtX(10_000, geometry)).toBe(23)
    expect(indexAtX(50, { left: 0, slot: 10, count: 0 })).toBe(-1)
  })

  it('orders a selection whichever way the drag went', () => {
    expect(selectionBetween(7, 3)).toEqual({ from: 3, to: 7 })
    expect(selectionBetween(3, 7)).toEqual({ from: 3, to: 7 })
  })

  it('tells a drag from a click', () => {
    expect(isDrag(100, 102)).toBe(false)
    expect(isDrag(100, 96)).toBe(true)
  })

  it('narrows to whole buckets, clipped to the period at both ends', () => {
    const window = { start: Date.parse('2026-11-19T15:00:00Z'), end: Date.parse('2026-11-20T15:00:00Z') }
    const buckets = bucketBoundaries(window, 'hour', 'Europe/Berlin')
    expect(buckets).toHaveLength(24)
    expect(narrowedRange(buckets, { from: 2, to: 4 }, window)).toEqual({
      startIso: '2026-11-19T17:00:00.000Z',
      endIso: '2026-11-19T20:00:00.000Z',
    })
    expect(narrowedRange(buckets, { from: 0, to: 23 }, window)).toEqual({
      startIso: '2026-11-19T15:00:00.000Z',
      endIso: '2026-11-20T15:00:00.000Z',
    })
    expect(narrowedRange(buckets, { from: 30, to: 31 }, window)).toBeNull()
  })

  it('clips a partial first day bucket to the period start', () => {
    const window = { start: Date.parse('2026-11-13T15:00:00Z'), end: Date.parse('2026-11-20T15:00:00Z') }
    const buckets = bucketBoundaries(window, 'day', 'UTC')
    expect(buckets).toHaveLength(8)
    expect(narrowedRange(buckets, { from: 0, to: 0 }, window)).toEqual({
      startIso: '2026-11-13T15:00:00.000Z',
      endIso: '2026-11-14T00:00:00.000Z',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { nextRowIndex } from './row-navigation'
import { fromSortingState, toSortingState } from './sort-calls'

describe('the table’s sort state', () => {
  it('converts between the URL sort and the table sorting state', () => {
    expect(toSortingState('-duration')).toEqual([{ id: 'duration', desc: true }])
    expect(toSortingState('time')).toEqual([{ id: 'time', desc: false }])
    expect(fromSortingState([{ id: 'duration', desc: false }])).toBe('duration')
    expect(fromSortingState([{ id: 'time', desc: true }])).toBe('-time')
    expect(fromSortingState([])).toBe('-time')
    expect(fromSortingState([{ id: 'cost', desc: true }])).toBe('-time')
  })
})

describe('keyboard row navigation', () => {
  it('moves one row with arrows and j/k, clamped at both ends', () => {
    expect(nextRowIndex('ArrowDown', 0, 5, 10)).toBe(1)
    expect(nextRowIndex('j', 3, 5, 10)).toBe(4)
    expect(nextRowIndex('j', 4, 5, 10)).toBe(4)
    expect(nextRowIndex('ArrowUp', 2, 5, 10)).toBe(1)
    expect(nextRowIndex('k', 0, 5, 10)).toBe(0)
  })

  it('pages and jumps to the ends', () => {
    expect(nextRowIndex('PageDown', 0, 100, 12)).toBe(12)
    expect(nextRowIndex('PageUp', 5, 100, 12)).toBe(0)
    expect(nextRowIndex('Home', 50, 100, 12)).toBe(0)
    expect(nextRowIndex('End', 0, 100, 12)).toBe(99)
  })

  it('ignores other keys and empty tables', () => {
    expect(nextRowIndex('x', 0, 5, 10)).toBeNull()
    expect(nextRowIndex('Enter', 0, 5, 10)).toBeNull()
    expect(nextRowIndex('ArrowDown', 0, 0, 10)).toBeNull()
  })
})

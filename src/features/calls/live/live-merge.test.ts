import { describe, expect, it } from 'vitest'
import { EMPTY_FILTERS } from '../../../domain/call-filters'
import { testCall } from '../../../domain/testing/test-call'
import { DEFAULT_VIEW } from '../url-state/calls-url-state'
import { emptyMarker, markerFor, markInserted, markSeen } from './live-marker'
import { anchoredScrollTop, liveUnavailableReason, livePollFilters, pickNewCalls } from './live-merge'

const at = (id: string, occurredAt: string, source: 'telnyx' | 'leadping' = 'telnyx') =>
  testCall({ source, id, occurredAt })
const shown = [
  at('top', '2026-11-20T15:00:00.000Z'),
  at('twin', '2026-11-20T15:00:00.000Z', 'leadping'),
  at('older', '2026-11-20T14:00:00.000Z'),
]

describe('live insertion', () => {
  it('polls from the newest call shown, never before the filter start', () => {
    const filters = { ...EMPTY_FILTERS, start: '2026-11-19T15:00:00.000Z', direction: 'inbound' as const }
    expect(livePollFilters(filters, shown)).toEqual({ ...filters, start: '2026-11-20T15:00:00.000Z' })
    expect(livePollFilters(filters, [])).toEqual(filters)
    const later = { ...filters, start: '2026-11-20T15:30:00.000Z' }
    expect(livePollFilters(later, shown).start).toBe('2026-11-20T15:30:00.000Z')
  })

  it('keeps only calls not shown yet, newest first, once each', () => {
    const incoming = [
      at('top', '2026-11-20T15:00:00.000Z'),
      at('new-1', '2026-11-20T15:00:05.000Z'),
      at('new-2', '2026-11-20T15:00:09.000Z'),
      at('new-1', '2026-11-20T15:00:05.000Z'),
      at('twin', '2026-11-20T15:00:00.000Z', 'leadping'),
      at('same-second', '2026-11-20T15:00:00.000Z', 'leadping'),
    ]
    expect(pickNewCalls(shown, incoming).map((c) => c.id)).toEqual(['new-2', 'new-1', 'same-second'])
  })

  it('ignores calls older than the newest shown (they belong to the list below)', () => {
    expect(pickNewCalls(shown, [at('late', '2026-11-20T14:30:00.000Z')])).toEqual([])
    expect(pickNewCalls([], [at('first', '2026-11-20T14:30:00.000Z')]).map((c) => c.id)).toEqual(['first'])
  })

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

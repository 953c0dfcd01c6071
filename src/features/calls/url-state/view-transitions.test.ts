import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, parseCallsView, serializeCallsView } from './calls-url-state'
import { describeWindow } from './describe-view'
import {
  clearFilters,
  hasFilters,
  periodCovering,
  withDirection,
  withPeriod,
  withQuery,
  withRange,
  withSort,
  withSources,
  withStatuses,
  withZone,
} from './view-transitions'

const START = '2026-11-19T00:00:00.000Z'
const END = '2026-11-20T00:00:00.000Z'

describe('filter state transitions', () => {
  it('a range replaces the preset and a preset replaces the range', () => {
    const ranged = withRange(DEFAULT_VIEW, START, END)
    expect(ranged).toEqual({ ok: true, view: { ...DEFAULT_VIEW, period: null, start: START, end: END } })
    if (!ranged.ok) return
    expect(serializeCallsView(ranged.view).toString()).toBe(
      'start=2026-11-19T00%3A00%3A00.000Z&end=2026-11-20T00%3A00%3A00.000Z',
    )
    const preset = withPeriod(ranged.view, '1h')
    expect([preset.period, preset.start, preset.end]).toEqual(['1h', null, null])
    expect(serializeCallsView(preset).toString()).toBe('period=1h')
  })

  it('refuses an inverted range and leaves an open bound open', () => {
    expect(withRange(DEFAULT_VIEW, END, START)).toEqual({
      ok: false,
      message: 'The start must be before the end.',
    })
    const open = withRange(DEFAULT_VIEW, START, null)
    expect(open.ok && open.view).toMatchObject({ period: null, start: START, end: null })
    const none = withRange(DEFAULT_VIEW, null, null)
    expect(none.ok && serializeCallsView(none.view).toString()).toBe('period=all')
  })

  it('lists are de-duplicated and every change survives the URL round trip', () => {
    let view = withStatuses(DEFAULT_VIEW, ['busy', 'completed', 'busy'])
    view = withSources(view, ['leadping', 'telnyx'])
    view = withDirection(view, 'outbound')
    view = withQuery(view, '+1 (916) 555-0101')
    view = withZone(view, 'Asia/Kolkata')
    view = withSort(view, 'duration')
    expect(view.statuses).toEqual(['busy', 'completed'])
    const round = parseCallsView(serializeCallsView(view))
    expect(round.notices).toEqual([])
    expect(round.view).toEqual({ ...view, statuses: ['completed', 'busy'], sources: ['telnyx', 'leadping'] })
  })

  it('clearing keeps the zone and the sort and removes every filter', () => {
    const busy = { ...withStatuses(withZone(DEFAULT_VIEW, 'UTC'), ['busy']), sort: 'duration' as const }
    expect(hasFilters(busy)).toBe(true)
    const cleared = clearFilters(busy)
    expect(cleared).toEqual({ ...DEFAULT_VIEW, tz: 'UTC', sort: 'duration' })
    expect(hasFilters(cleared)).toBe(false)
    expect(hasFilters(withPeriod(DEFAULT_VIEW, null))).toBe(true)
    expect(hasFilters(withZone(DEFAULT_VIEW, 'UTC'))).toBe(false)
  })

  it('finds the shortest preset that shows a given call', () => {
    const now = new Date('2026-11-20T15:00:00.000Z')
    expect(periodCovering('2026-11-20T14:30:00.000Z', now)).toBe('1h')
    expect(periodCovering('2026-11-20T13:00:00.000Z', now)).toBe('24h')
    expect(periodCovering('2026-11-17T15:00:00.000Z', now)).toBe('7d')
    expect(periodCovering('2026-10-25T15:00:00.000Z', now)).toBe('30d')
    expect(periodCovering('2026-01-01T00:00:00.000Z', now)).toBeNull()
  })

  it('describes the view in words, in the chosen zone', () => {
    expect(describeWindow(withPeriod(DEFAULT_VIEW, '1h'), 'UTC')).toBe('in the last hour')
    expect(describeWindow(withPeriod(DEFAULT_VIEW, null), 'UTC')).toBe('at any time')
    const range = withRange(DEFAULT_VIEW, START, END)
    expect(range.ok && describeWindow(range.view, 'America/New_York')).toBe(
      'between 2026-11-18 19:00:00 EST and 2026-11-19 19:00:00 EST',
    )
  })
})

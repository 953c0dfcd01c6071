import { describe, expect, it } from 'vitest'
import {
  clearLeadFilters,
  DEFAULT_LEAD_VIEW,
  hasActiveFilters,
  parseLeadView,
  periodStartMs,
  serializeLeadView,
} from './lead-url-state'

const parse = (query: string) => parseLeadView(new URLSearchParams(query))

describe('the lead page URL contract', () => {
  it('reads an empty query as the default view and writes the default view as an empty query', () => {
    expect(parse('')).toEqual({ view: DEFAULT_LEAD_VIEW, notices: [] })
    expect(serializeLeadView(DEFAULT_LEAD_VIEW).toString()).toBe('')
  })

  it('round-trips every filter, lists in vocabulary order without repeats', () => {
    const { view, notices } = parse(
      'kind=mms,sms,call,sms&direction=outbound&outcome=problem&period=7d&traffic=all&tz=Europe/Berlin',
    )
    expect(notices).toEqual([])
    expect(view).toEqual({
      kinds: ['call', 'sms', 'mms'],
      direction: 'outbound',
      outcome: 'problem',
      period: '7d',
      showAllTraffic: true,
      tz: 'Europe/Berlin',
    })
    expect(serializeLeadView(view).toString()).toBe(
      'kind=call%2Csms%2Cmms&direction=outbound&outcome=problem&period=7d&traffic=all&tz=Europe%2FBerlin',
    )
    expect(parse(serializeLeadView(view).toString()).view).toEqual(view)
  })

  it('falls back to the default for each bad value and names it in a notice', () => {
    const { view, notices } = parse(
      'kind=sms,fax&direction=sideways&outcome=great&period=2y&traffic=some&tz=Mars/Olympus',
    )
    expect(view).toEqual({ ...DEFAULT_LEAD_VIEW, kinds: ['sms'] })
    expect(notices).toEqual([
      'Ignored unknown kind "fax".',
      'Ignored unknown direction "sideways"; showing the default instead.',
      'Ignored unknown outcome "great"; showing the default instead.',
      'Ignored unknown period "2y"; showing the default instead.',
      'Ignored unknown traffic "some"; showing the default instead.',
      'Ignored unknown time zone "Mars/Olympus"; showing your browser\'s zone.',
    ])
  })

  it("reads the filters' form as it submits itself: one kind per ticked box, each value named", () => {
    const { view, notices } = parse(
      'kind=sms&kind=call&direction=inbound&outcome=problem&period=24h&traffic=all&tz=Europe%2FBerlin',
    )
    expect(notices).toEqual([])
    expect(view).toEqual({
      kinds: ['call', 'sms'],
      direction: 'inbound',
      outcome: 'problem',
      period: '24h',
      showAllTraffic: true,
      tz: 'Europe/Berlin',
    })
  })

  it("reads the form's untouched fields (every select at its default, no box ticked) as the default view", () => {
    expect(parse('direction=all&outcome=all&period=all')).toEqual({ view: DEFAULT_LEAD_VIEW, notices: [] })
    expect(parse('kind=&direction=&traffic=&tz=')).toEqual({ view: DEFAULT_LEAD_VIEW, notices: [] })
  })

  it('reads repeated kinds that are comma lists too, without repeats, and names an unknown one once', () => {
    const { view, notices } = parse('kind=mms,sms&kind=sms&kind=fax,call')
    expect(view.kinds).toEqual(['call', 'sms', 'mms'])
    expect(notices).toEqual(['Ignored unknown kind "fax".'])
    expect(serializeLeadView(view).toString()).toBe('kind=call%2Csms%2Cmms')
  })

  it('counts filters but not the zone or the traffic toggle, and clears only the filters', () => {
    const view = parse('kind=sms&traffic=all&tz=UTC').view
    expect(hasActiveFilters(view)).toBe(true)
    expect(hasActiveFilters(parse('traffic=all&tz=UTC').view)).toBe(false)
    expect(serializeLeadView(clearLeadFilters(view)).toString()).toBe('traffic=all&tz=UTC')
  })

  it('turns a period into its start relative to now', () => {
    const now = new Date('2026-11-20T15:00:00.000Z')
    expect(periodStartMs('all', now)).toBeNull()
    expect(periodStartMs('24h', now)).toBe(Date.parse('2026-11-19T15:00:00.000Z'))
    expect(periodStartMs('30d', now)).toBe(Date.parse('2026-10-21T15:00:00.000Z'))
  })
})

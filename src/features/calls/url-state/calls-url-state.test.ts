import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VIEW,
  isDefaultView,
  parseCallsView,
  serializeCallsView,
  toCallFilters,
} from './calls-url-state'

const parse = (query: string) => parseCallsView(new URLSearchParams(query))

describe('calls URL state', () => {
  it('an empty URL is the default view without notices', () => {
    expect(parse('')).toEqual({ view: DEFAULT_VIEW, notices: [] })
    expect(serializeCallsView(DEFAULT_VIEW).toString()).toBe('')
    expect(isDefaultView(DEFAULT_VIEW)).toBe(true)
  })

  it('round-trips every field', () => {
    const query =
      'direction=inbound&status=completed%2Cno_answer&start=2026-11-01T00%3A00%3A00.000Z&end=2026-11-02T00%3A00%3A00.000Z&source=telnyx%2Cleadping&q=%2B1+555&tz=Europe%2FBerlin&sort=-duration'
    const { view, notices } = parse(query)
    expect(notices).toEqual([])
    expect(view).toEqual({
      direction: 'inbound',
      statuses: ['completed', 'no_answer'],
      period: null,
      start: '2026-11-01T00:00:00.000Z',
      end: '2026-11-02T00:00:00.000Z',
      sources: ['telnyx', 'leadping'],
      q: '+1 555',
      tz: 'Europe/Berlin',
      sort: '-duration',
    })
    expect(serializeCallsView(view).toString()).toBe(query)
  })

  it('falls back to defaults with a notice per bad value, keeping the good ones', () => {
    const { view, notices } = parse(
      'direction=sideways&status=completed,exploded&source=twilio&period=5y&tz=Mars/Base&sort=random',
    )
    expect(view).toEqual({ ...DEFAULT_VIEW, statuses: ['completed'] })
    expect(notices).toHaveLength(6)
    expect(notices.join(' ')).toMatch(/sideways/)
    expect(notices.join(' ')).toMatch(/exploded/)
    expect(notices.join(' ')).toMatch(/twilio/)
    expect(notices.join(' ')).toMatch(/5y/)
    expect(notices.join(' ')).toMatch(/Mars\/Base/)
    expect(notices.join(' ')).toMatch(/random/)
  })

  it('rejects malformed and inverted ranges', () => {
    expect(parse('start=yesterday').notices).toHaveLength(1)
    const inverted = parse('start=2026-11-02T00:00:00Z&end=2026-11-01T00:00:00Z')
    expect(inverted.view.start).toBeNull()
    expect(inverted.view.period).toBe('24h')
    expect(inverted.notices[0]).toMatch(/start is not before its end/)
  })

  it('normalises offsets to UTC and de-duplicates lists in vocabulary order', () => {
    const { view } = parse('start=2026-11-01T01:00:00%2B01:00&status=busy,completed,busy')
    expect(view.start).toBe('2026-11-01T00:00:00.000Z')
    expect(serializeCallsView(view).get('status')).toBe('completed,busy')
  })

  it('"all" means no time window', () => {
    expect(parse('period=all').view.period).toBeNull()
    expect(serializeCallsView({ ...DEFAULT_VIEW, period: null }).toString()).toBe('period=all')
  })

  it('translates to feed filters relative to now', () => {
    const now = new Date('2026-11-20T15:00:00Z')
    expect(toCallFilters({ ...DEFAULT_VIEW, period: '1h', q: ' 555 ' }, now)).toEqual({
      direction: 'all',
      statuses: [],
      start: '2026-11-20T14:00:00.000Z',
      end: null,
      sources: [],
      query: '555',
    })
    const abs = toCallFilters(
      { ...DEFAULT_VIEW, period: null, start: '2026-11-01T00:00:00.000Z', end: '2026-11-02T00:00:00.000Z' },
      now,
    )
    expect([abs.start, abs.end]).toEqual(['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'])
  })
})

describe('calls URL state: what the filter form submits natively (issue #15 item 4)', () => {
  it('reads empty and default values without notices', () => {
    expect(parse('q=&direction=all&period=24h&start=&end=&tz=')).toEqual({ view: DEFAULT_VIEW, notices: [] })
    expect(parse('q=&direction=&period=&sort=')).toEqual({ view: DEFAULT_VIEW, notices: [] })
  })

  it('reads repeated keys as a list, mixed with comma lists, in vocabulary order', () => {
    const { view, notices } = parse(
      'status=busy&status=completed&status=busy&source=skipcall,telnyx&source=leadping',
    )
    expect(notices).toEqual([])
    expect(view.statuses).toEqual(['busy', 'completed'])
    expect(serializeCallsView(view).get('status')).toBe('completed,busy')
    expect(serializeCallsView(view).get('source')).toBe('telnyx,leadping,skipcall')
    expect(parse('status=busy&status=exploded').notices).toEqual(['Ignored unknown status "exploded".'])
  })

  it('reads Start/End as typed, in tz, with the period select beside them', () => {
    const { view, notices } = parse(
      'period=7d&start=2026-11-20+14%3A00&end=2026-11-20T18%3A30%3A05&tz=Europe%2FBerlin',
    )
    expect(notices).toEqual([])
    expect(view).toMatchObject({
      period: null,
      start: '2026-11-20T13:00:00.000Z',
      end: '2026-11-20T17:30:05.000Z',
    })
    expect(parse('period=custom&start=2026-11-20').view.start).toBe('2026-11-20T00:00:00.000Z')
  })

  it('reads a typed Start/End without tz in UTC unless told another zone', () => {
    expect(parse('start=2026-11-20 14:00').view.start).toBe('2026-11-20T14:00:00.000Z')
    const inKolkata = parseCallsView(new URLSearchParams('start=2026-11-20 14:00'), {
      typedZone: 'Asia/Kolkata',
    })
    expect(inKolkata.view.start).toBe('2026-11-20T08:30:00.000Z')
    // A tz in the URL wins over the zone the caller suggests.
    const berlin = parseCallsView(new URLSearchParams('start=2026-11-20 14:00&tz=Europe/Berlin'), {
      typedZone: 'Asia/Kolkata',
    })
    expect(berlin.view.start).toBe('2026-11-20T13:00:00.000Z')
  })

  it('"custom" with both fields emptied is all time; a preset beside an ISO range still says so', () => {
    expect(parse('period=custom&start=&end=')).toEqual({
      view: { ...DEFAULT_VIEW, period: null },
      notices: [],
    })
    expect(parse('period=custom&start=2026-11-20T14:00:00Z').notices).toEqual([])
    expect(parse('period=7d&start=2026-11-20T14:00:00Z').notices).toHaveLength(1)
  })

  it('an unreadable or inverted typed range is a notice, never a throw', () => {
    const bad = parse('period=custom&start=2026-13-45 25:00&end=soon')
    expect(bad.view).toEqual({ ...DEFAULT_VIEW, period: null })
    expect(bad.notices).toHaveLength(2)
    expect(bad.notices[0]).toMatch(/Ignored start "2026-13-45 25:00": not a date and time/)
    const inverted = parse('start=2026-11-20 15:00&end=2026-11-20 14:00')
    expect(inverted.view.start).toBeNull()
    expect(inverted.notices[0]).toMatch(/start is not before its end/)
  })
})

import { describe, expect, it } from 'vitest'
import {
  DEFAULT_EVENTS_VIEW,
  occurredAtFromInput,
  occurredAtToInput,
  parseEventsView,
  serializeEventsView,
  windowApplies,
} from './events-url-state'

const parse = (query: string) => parseEventsView(new URLSearchParams(query))

describe('events URL state', () => {
  it('an empty URL is the default view without notices, and the default view serialises to nothing', () => {
    expect(parse('')).toEqual({ view: DEFAULT_EVENTS_VIEW, notices: [] })
    expect(serializeEventsView(DEFAULT_EVENTS_VIEW).toString()).toBe('')
  })

  it('round-trips every field in canonical order', () => {
    const query =
      'name=call.hangup&type=webhook&failed=false&product=call_control&leg=leg-1&session=session-1&from=%2B15550001111&to=%2B15550002222&occurred_op=lt&occurred_at=2026-11-20T14%3A00%3A00.000Z&size=250&page=3&tz=Europe%2FBerlin'
    const { view, notices } = parse(query)
    expect(notices).toEqual([])
    expect(view).toEqual({
      name: 'call.hangup',
      type: 'webhook',
      failed: false,
      product: 'call_control',
      leg: 'leg-1',
      session: 'session-1',
      from: '+15550001111',
      to: '+15550002222',
      op: 'lt',
      occurredAt: '2026-11-20T14:00:00.000Z',
      page: 3,
      size: 250,
      tz: 'Europe/Berlin',
    })
    expect(serializeEventsView(view).toString()).toBe(query)
  })

  it('falls back to defaults with a notice per bad value, keeping the good ones', () => {
    const { view, notices } = parse(
      'type=sms&product=voice&failed=maybe&occurred_op=between&page=0&size=500&tz=Mars/Base&name=call.answered',
    )
    expect(view).toEqual({ ...DEFAULT_EVENTS_VIEW, name: 'call.answered' })
    expect(notices).toHaveLength(7)
    for (const bad of ['sms', 'voice', 'maybe', 'between', '"0"', '500', 'Mars/Base']) {
      expect(notices.join(' ')).toContain(bad)
    }
  })

  it('rejects pages that are not whole numbers', () => {
    expect(parse('page=2.5').view.page).toBe(1)
    expect(parse('page=-1').view.page).toBe(1)
    expect(parse('page=99999999').view.page).toBe(1)
    expect(parse('size=0x10').view.size).toBe(20)
  })

  it('normalises occurred_at to UTC, and keeps an unreadable one as written with a notice', () => {
    expect(parse('occurred_at=2026-11-20T15:00:00%2B01:00').view.occurredAt).toBe('2026-11-20T14:00:00.000Z')
    const bad = parse('occurred_at=yesterday')
    expect(bad.view.occurredAt).toBe('yesterday')
    expect(bad.notices).toEqual([
      'occurred_at "yesterday" is not a date and time (YYYY-MM-DD HH:MM:SS, or ISO 8601); it is sent to Telnyx as written.',
    ])
    expect(serializeEventsView(bad.view).toString()).toBe('occurred_at=yesterday')
  })

  it("reads a typed occurred_at (the field's spelling) in tz, else in the page's zone, else in UTC", () => {
    const typed = 'occurred_at=2026-11-20+15%3A00%3A05'
    expect(parse(`${typed}&tz=Europe%2FBerlin`).view.occurredAt).toBe('2026-11-20T14:00:05.000Z')
    const inPageZone = parseEventsView(new URLSearchParams(typed), { typedZone: 'America/New_York' })
    expect(inPageZone).toEqual({
      view: { ...DEFAULT_EVENTS_VIEW, occurredAt: '2026-11-20T20:00:05.000Z' },
      notices: [],
    })
    // tz wins over the page's zone: the field was shown on the tz clock.
    const both = new URLSearchParams(`${typed}&tz=Europe%2FBerlin`)
    expect(parseEventsView(both, { typedZone: 'America/New_York' }).view.occurredAt).toBe(
      '2026-11-20T14:00:05.000Z',
    )
    expect(parse(typed)).toEqual({
      view: { ...DEFAULT_EVENTS_VIEW, occurredAt: '2026-11-20T15:00:05.000Z' },
      notices: [],
    })
    // Seconds are optional; an ISO instant keeps its own offset whatever the zone.
    expect(parse('occurred_at=2026-11-20+15%3A00&tz=Asia%2FTokyo').view.occurredAt).toBe(
      '2026-11-20T06:00:00.000Z',
    )
    expect(parse('occurred_at=2026-11-20T15:00:00Z&tz=Asia%2FTokyo').view.occurredAt).toBe(
      '2026-11-20T15:00:00.000Z',
    )
    // Not a date: kept as written, with its notice, in any zone.
    expect(parse('occurred_at=2026-02-30+10%3A00&tz=UTC').notices).toHaveLength(1)
    expect(parse('occurred_at=2026-02-30+10%3A00&tz=UTC').view.occurredAt).toBe('2026-02-30 10:00')
  })

  it('reads a native submission of the empty form as no filter, without a notice', () => {
    const submitted =
      'name=&type=&failed=&product=&leg=&session=&from=&to=&occurred_op=gte&occurred_at=&size=20&tz='
    expect(parse(submitted)).toEqual({ view: DEFAULT_EVENTS_VIEW, notices: [] })
    expect(serializeEventsView(parse(submitted).view).toString()).toBe('')
    const chosen = parse(
      submitted.replace('type=', 'type=webhook').replace('occurred_op=gte', 'occurred_op=lt'),
    )
    expect(chosen).toEqual({ view: { ...DEFAULT_EVENTS_VIEW, type: 'webhook', op: 'lt' }, notices: [] })
    // The operator defaults to gte when the form (or a link) leaves it out or empty.
    expect(parse('occurred_op=').view.op).toBe('gte')
    expect(parse('occurred_at=2026-11-20T14:00:00Z').view.op).toBe('gte')
  })

  it('trims free text and leaves empty filters out', () => {
    const { view } = parse('name=%20%20&leg=%20abc%20')
    expect(view.name).toBe('')
    expect(view.leg).toBe('abc')
    expect(serializeEventsView(view).toString()).toBe('leg=abc')
  })

  it('states the 24-hour window only without a leg or session id', () => {
    expect(windowApplies(DEFAULT_EVENTS_VIEW)).toBe(true)
    expect(windowApplies({ ...DEFAULT_EVENTS_VIEW, leg: 'x' })).toBe(false)
    expect(windowApplies({ ...DEFAULT_EVENTS_VIEW, session: 'y' })).toBe(false)
  })
})

describe('the occurred_at field', () => {
  it('shows an instant on the chosen zone clock, to the second', () => {
    expect(occurredAtToInput('2026-11-20T14:00:05.000Z', 'Europe/Berlin')).toBe('2026-11-20 15:00:05')
    expect(occurredAtToInput('2026-11-20T14:00:05.000Z', 'UTC')).toBe('2026-11-20 14:00:05')
    expect(occurredAtToInput('yesterday', 'UTC')).toBe('yesterday')
    expect(occurredAtToInput('', 'UTC')).toBe('')
  })

  it('reads a wall-clock time in the zone, a full ISO instant, or keeps the text', () => {
    expect(occurredAtFromInput('2026-11-20 15:00:05', 'Europe/Berlin')).toBe('2026-11-20T14:00:05.000Z')
    expect(occurredAtFromInput('2026-11-20T09:00', 'America/New_York')).toBe('2026-11-20T14:00:00.000Z')
    expect(occurredAtFromInput('2026-11-20T14:00:05Z', 'Europe/Berlin')).toBe('2026-11-20T14:00:05.000Z')
    expect(occurredAtFromInput('  ', 'UTC')).toBe('')
    expect(occurredAtFromInput('soon', 'UTC')).toBe('soon')
  })
})

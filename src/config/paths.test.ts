import { describe, expect, it } from 'vitest'
import { callHref, eventsHref, leadHref } from './paths'

// Provider ids are opaque: any of these characters would otherwise end the path segment or the path.
const ODD_IDS: [id: string, encoded: string][] = [
  ['a/b', 'a%2Fb'],
  ['what?x=1', 'what%3Fx%3D1'],
  ['frag#ment', 'frag%23ment'],
  ['a b', 'a%20b'],
  ['☃', '%E2%98%83'],
]

describe('callHref', () => {
  it.each(ODD_IDS)('keeps the id %j as one path segment', (id, encoded) => {
    expect(callHref('leadping', id)).toBe(`/calls/leadping/${encoded}`)
  })

  it('carries the zone and the list view to come back to, zone first', () => {
    expect(
      callHref('telnyx', 'v3:abc', { tz: 'Europe/Berlin', back: '/calls?direction=inbound&period=7d' }),
    ).toBe('/calls/telnyx/v3%3Aabc?tz=Europe%2FBerlin&back=%2Fcalls%3Fdirection%3Dinbound%26period%3D7d')
  })

  it('has no query without a zone or a way back', () => {
    expect(callHref('skipcall', 'x1', { tz: null })).toBe('/calls/skipcall/x1')
  })
})

describe('leadHref', () => {
  it.each(ODD_IDS)('keeps the id %j as one path segment', (id, encoded) => {
    expect(leadHref(id)).toBe(`/leads/${encoded}`)
  })

  it('carries the zone, encoded as a query value', () => {
    expect(leadHref('L-1', 'Etc/GMT+5')).toBe('/leads/L-1?tz=Etc%2FGMT%2B5')
  })
})

describe('eventsHref', () => {
  it('is the bare page without a view or a zone', () => {
    expect(eventsHref()).toBe('/events')
  })

  it('adds the zone after the view, and does not change the view it was given', () => {
    const view = new URLSearchParams({ leg: 'a/b#c' })
    expect(eventsHref(view, 'America/New_York')).toBe('/events?leg=a%2Fb%23c&tz=America%2FNew_York')
    expect(view.toString()).toBe('leg=a%2Fb%23c')
  })
})

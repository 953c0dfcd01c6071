import { describe, expect, it } from 'vitest'
import { parseCallsQuery } from '#domain/index-api'
import { DEFAULT_VIEW, parseCallsView } from '../url-state/calls-url-state'
import { callsQueryKey, viewToCallsQuery, withoutPeriod } from './calls-query'
import { liveStreamUrl } from '../live/use-live-stream'

const fromUrl = (search: string) => viewToCallsQuery(parseCallsView(new URLSearchParams(search)).view)

describe('the view as an index query', () => {
  it('maps the default view to the last 24 hours, newest first', () => {
    expect(callsQueryKey(viewToCallsQuery(DEFAULT_VIEW))).toBe('period=24h')
  })

  it('maps every filter, the sort, and leaves the zone out', () => {
    const query = fromUrl(
      'direction=inbound&status=missed,completed&period=7d&source=skipcall,telnyx&q=+Ada+&sort=-duration&tz=Europe/Paris',
    )
    expect(query).toMatchObject({
      direction: 'inbound',
      statuses: ['missed', 'completed'],
      period: '7d',
      start: null,
      end: null,
      sources: ['skipcall', 'telnyx'],
      q: 'Ada',
      sort: '-duration',
    })
    expect(callsQueryKey(query)).toBe(
      'direction=inbound&status=completed%2Cmissed&period=7d&source=telnyx%2Cskipcall&q=Ada&sort=-duration',
    )
  })

  it('maps a range to start/end without a period, and "all time" to period=all', () => {
    const range = fromUrl('start=2026-11-01T00:00:00Z&end=2026-11-02T00:00:00Z')
    expect(range).toMatchObject({
      period: null,
      start: '2026-11-01T00:00:00.000Z',
      end: '2026-11-02T00:00:00.000Z',
    })
    expect(fromUrl('period=all').period).toBe('all')
  })

  it('builds requests the server accepts', () => {
    for (const search of ['', 'period=all&sort=time', 'start=2026-11-01T00:00:00Z', 'q=x&status=busy']) {
      const params = new URLSearchParams(callsQueryKey(fromUrl(search)))
      expect(parseCallsQuery(params).ok).toBe(true)
    }
  })

  it('asks for one newest call at any time for the latest match, and streams without paging', () => {
    const query = fromUrl('period=1h&sort=duration&source=leadping')
    expect(callsQueryKey(withoutPeriod(query))).toBe('source=leadping')
    expect(withoutPeriod(query).limit).toBe(1)
    expect(liveStreamUrl(query)).toBe('/api/calls/stream?period=1h&source=leadping&sort=duration')
  })
})

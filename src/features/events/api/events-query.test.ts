import { describe, expect, it } from 'vitest'
import { telnyxEventsQueryString } from '#providers/telnyx/to-query'
import { DEFAULT_EVENTS_VIEW, parseEventsView } from '../url-state/events-url-state'
import { toTelnyxEventQuery } from './events-query'

/** The exact request a URL makes, as the adapter writes it for page `page` of `size`. */
function requestFor(url: string, page = 1, size = 20) {
  const { view } = parseEventsView(new URLSearchParams(url))
  return telnyxEventsQueryString({ ...toTelnyxEventQuery(view), page: { number: page, size } })
}

describe('events query building', () => {
  it('asks for nothing but the page without filters', () => {
    expect(toTelnyxEventQuery(DEFAULT_EVENTS_VIEW)).toEqual({})
    expect(requestFor('')).toBe('page[number]=1&page[size]=20')
  })

  it('writes every filter as a literal deepObject key with an encoded value', () => {
    expect(
      requestFor(
        'name=call.hangup&type=webhook&failed=true&product=texml&leg=L1&session=S1&from=%2B15550001111&to=%2B15550002222',
        2,
        50,
      ),
    ).toBe(
      'filter[leg_id]=L1&filter[application_session_id]=S1&filter[product]=texml' +
        '&filter[from]=%2B15550001111&filter[to]=%2B15550002222&filter[failed]=true' +
        '&filter[type]=webhook&filter[name]=call.hangup&page[number]=2&page[size]=50',
    )
  })

  it('sends failed=false as a filter, not as nothing', () => {
    expect(requestFor('failed=false')).toBe('filter[failed]=false&page[number]=1&page[size]=20')
  })

  it('sends exactly one occurred_at operator, gte by default', () => {
    expect(requestFor('occurred_at=2026-11-20T14:00:00Z')).toBe(
      'filter[occurred_at][gte]=2026-11-20T14%3A00%3A00.000Z&page[number]=1&page[size]=20',
    )
    for (const op of ['gt', 'lt', 'lte', 'eq']) {
      const request = requestFor(`occurred_op=${op}&occurred_at=2026-11-20T14:00:00Z`)
      expect(request.match(/filter\[occurred_at\]/g)).toHaveLength(1)
      expect(request).toContain(`filter[occurred_at][${op}]=`)
    }
  })

  it('sends no operator without a value, and an unreadable value as written', () => {
    expect(requestFor('occurred_op=lt')).toBe('page[number]=1&page[size]=20')
    expect(requestFor('occurred_at=last%20week')).toBe(
      'filter[occurred_at][gte]=last%20week&page[number]=1&page[size]=20',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { HOSTILE_TARGETS } from './hostile-targets'
import { guardTarget, rawTarget } from './path-guard'

describe('guardTarget', () => {
  it.each(HOSTILE_TARGETS)('rejects %s', (target) => {
    expect(guardTarget(target).ok).toBe(false)
  })

  it('decodes segments once and keeps the query exactly as sent', () => {
    const query = 'filter[occurred_at][gte]=2026-11-20T00:00:00Z&filter[from]=%2B15551234567&page[size]=50'
    expect(guardTarget(`/api/telnyx/v2/call%5Fevents?${query}`)).toEqual({
      ok: true,
      segments: ['api', 'telnyx', 'v2', 'call_events'],
      query,
    })
  })

  it('keeps an empty query empty and allows escaped identifier characters', () => {
    expect(guardTarget('/api/skipcall/v1/calls/CA123%3A9')).toEqual({
      ok: true,
      segments: ['api', 'skipcall', 'v1', 'calls', 'CA123:9'],
      query: '',
    })
  })
})

describe('rawTarget', () => {
  it('prefers the target from the Node request over the normalised URL', () => {
    const env = { incoming: { url: '/api/telnyx/v2/../x?a=1' } }
    expect(rawTarget(env, 'http://localhost/api/telnyx/x?a=1')).toBe('/api/telnyx/v2/../x?a=1')
  })

  it('falls back to the URL in-process', () => {
    expect(rawTarget(undefined, 'http://localhost/api/x?y=%2B1')).toBe('/api/x?y=%2B1')
  })
})

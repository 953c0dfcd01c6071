import { describe, expect, it } from 'vitest'
import { looksLikePhone, phoneMatches, toE164 } from './phone'
import { callMatchesSearch, parseSearchQuery } from './search-query'

describe('search box: a phone number in any format, or an id', () => {
  it('reads phone numbers and ids', () => {
    expect(parseSearchQuery('  ')).toEqual({ kind: 'none' })
    expect(parseSearchQuery('+1 (512) 555-0142')).toEqual({
      kind: 'phone',
      text: '+1 (512) 555-0142',
      e164: '+15125550142',
      suffix: '15125550142',
      id: '+1 (512) 555-0142',
    })
    expect(parseSearchQuery('0033 6 12 34 56 78')).toMatchObject({ kind: 'phone', e164: '+33612345678' })
    expect(parseSearchQuery('06 12 34 56 78')).toMatchObject({
      kind: 'phone',
      e164: null,
      suffix: '612345678',
    })
    expect(parseSearchQuery('308fec30-5213-11e9-9d3f-02420a0f0668')).toMatchObject({ kind: 'id' })
    expect(parseSearchQuery('12345')).toMatchObject({ kind: 'id' })
    expect(looksLikePhone('1234567890123456')).toBe(false)
    expect(toE164('5125550142')).toBeNull()
  })

  it('matches stored E.164 (and SIP URIs) from the end, across formats', () => {
    expect(phoneMatches('+15125550142', '(512) 555-0142')).toBe(true)
    expect(phoneMatches('+15125550142', '512.555.0142')).toBe(true)
    expect(phoneMatches('+33612345678', '06 12 34 56 78')).toBe(true)
    expect(phoneMatches('sip:+15125550142@sip.telnyx.com', '+1 512 555 0142')).toBe(true)
    expect(phoneMatches('+15125550143', '512 555 0142')).toBe(false)
    expect(phoneMatches(null, '512 555 0142')).toBe(false)
  })

  it('matches an id on the call id or a related id, case-insensitively, and a numeric id too', () => {
    const call = {
      id: 'CA123',
      relatedIds: ['ld_9', '308FEC30-5213-11E9-9D3F-02420A0F0668'],
      from: '+15125550142',
      to: null,
    }
    expect(callMatchesSearch(call, parseSearchQuery('ca123'))).toBe(true)
    expect(callMatchesSearch(call, parseSearchQuery('308fec30-5213-11e9-9d3f-02420a0f0668'))).toBe(true)
    expect(callMatchesSearch(call, parseSearchQuery('ld_8'))).toBe(false)
    expect(callMatchesSearch(call, parseSearchQuery('555 0142'))).toBe(true)
    expect(callMatchesSearch({ ...call, id: '5550199' }, parseSearchQuery('5550199'))).toBe(true)
  })
})

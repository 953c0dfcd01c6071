import { describe, expect, it } from 'vitest'
import { formatMoney, formatPhone } from './display'

describe('display formats', () => {
  it('groups North American numbers and leaves the rest as sent', () => {
    expect(formatPhone('+15551234567')).toBe('+1 (555) 123-4567')
    expect(formatPhone('+442079460000')).toBe('+442079460000')
    expect(formatPhone('sip:gabriel@brightline.sip.telnyx.com')).toBe('sip:gabriel@brightline.sip.telnyx.com')
    expect(formatPhone('+11234567890')).toBe('+11234567890')
  })

  it('shows cost in its currency, to fractions of a cent, and never guesses a missing currency', () => {
    expect(formatMoney({ amount: 0.2865, currency: 'USD', raw: '28650 milli-cents' })).toBe('$0.2865')
    expect(formatMoney({ amount: 1.5, currency: 'EUR', raw: '1.5' })).toBe('€1.50')
    expect(formatMoney({ amount: 0.028, currency: null, raw: '0.028' })).toBe(
      '0.028 (currency not stated by the provider)',
    )
    expect(formatMoney({ amount: 2, currency: 'dollars', raw: '2' })).toBe('2 dollars')
  })
})

import { describe, expect, it } from 'vitest'
import { formatElapsed, formatStepGap } from './elapsed'

describe('elapsed times in words', () => {
  it('picks the largest sensible units', () => {
    expect(formatElapsed(11_400)).toBe('11 s')
    expect(formatElapsed(245_000)).toBe('4 min 05 s')
    expect(formatElapsed(83 * 60_000 + 5_000)).toBe('1 h 23 min')
    expect(formatElapsed((7 * 24 + 17) * 3_600_000)).toBe('7 d 17 h')
  })

  it('signs step gaps and keeps sub-second precision', () => {
    expect(formatStepGap(0)).toBe('+0 ms')
    expect(formatStepGap(2_850)).toBe('+2.9 s')
    expect(formatStepGap(-90_000)).toBe('−1 min 30 s')
    expect(formatStepGap(11_132 * 60_000)).toBe('+7 d 17 h')
  })
})

import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './safe-url'
import { isIsoInstant, secondsBetween, toIsoUtc } from './time'

describe('time and URL helpers', () => {
  it('normalises every accepted instant spelling to milliseconds UTC, and refuses the rest', () => {
    expect(toIsoUtc('2019-03-29T11:10:19.127783Z')).toBe('2019-03-29T11:10:19.127Z')
    expect(toIsoUtc('2026-08-21T14:00:00+02:00')).toBe('2026-08-21T12:00:00.000Z')
    expect(toIsoUtc('2026-08-21T12:00Z')).toBe('2026-08-21T12:00:00.000Z')
    expect(isIsoInstant('2026-08-21T12:00:00')).toBe(false)
    expect(isIsoInstant('21/08/2026')).toBe(false)
    expect(toIsoUtc(null)).toBeNull()
  })

  it('never returns a negative duration', () => {
    expect(secondsBetween('2026-08-21T12:00:00.000Z', '2026-08-21T12:01:30.400Z')).toBe(90)
    expect(secondsBetween('2026-08-21T12:01:00.000Z', '2026-08-21T12:00:00.000Z')).toBeNull()
  })

  it('only http(s) URLs are usable', () => {
    expect(safeHttpUrl('https://a.example/r.mp3?sig=1')).toBe('https://a.example/r.mp3?sig=1')
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:audio/mp3;base64,AAA',
      '/relative.mp3',
      '<string>',
      ' ',
    ]) {
      expect(safeHttpUrl(bad)).toBeNull()
    }
  })
})

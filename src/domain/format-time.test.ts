import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDuration, formatGap, formatRelative, formatTimeOfDay } from './format-time'

describe('formatting', () => {
  it('always shows the zone', () => {
    expect(formatDateTime('2026-11-20T15:04:05.123Z', 'UTC')).toBe('2026-11-20 15:04:05 UTC')
    expect(formatDateTime('2026-11-20T15:04:05Z', 'America/New_York')).toBe('2026-11-20 10:04:05 EST')
    expect(formatTimeOfDay('2026-11-20T15:04:05Z', 'UTC')).toBe('15:04:05 UTC')
    expect(formatDateTime('not a date', 'UTC')).toBe('not a date')
  })

  it('formats durations and gaps', () => {
    expect(formatDuration(7)).toBe('0:07')
    expect(formatDuration(245)).toBe('4:05')
    expect(formatDuration(3723)).toBe('1:02:03')
    expect(formatDuration(null)).toBe('—')
    expect(formatGap(450)).toBe('+450 ms')
    expect(formatGap(2400)).toBe('+2.4 s')
    expect(formatGap(65_000)).toBe('+1 min 05 s')
    expect(formatGap(-1500)).toBe('−1.5 s')
  })

  it('says how long ago', () => {
    const now = new Date('2026-11-20T15:00:00Z')
    expect(formatRelative('2026-11-17T15:00:00Z', now)).toBe('3 days ago')
    expect(formatRelative('2026-11-20T14:55:00Z', now)).toBe('5 minutes ago')
  })
})

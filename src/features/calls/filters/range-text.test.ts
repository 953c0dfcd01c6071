import { describe, expect, it } from 'vitest'
import { formatRangeText, parseRangeText } from './range-text'

describe('parseRangeText', () => {
  it('reads a date, a time to the minute or the second, with a space or "T", in the zone', () => {
    expect(parseRangeText('2026-11-20 14:00', 'UTC')).toBe('2026-11-20T14:00:00.000Z')
    expect(parseRangeText(' 2026-11-20T14:00:05 ', 'UTC')).toBe('2026-11-20T14:00:05.000Z')
    expect(parseRangeText('2026-11-20', 'UTC')).toBe('2026-11-20T00:00:00.000Z')
    expect(parseRangeText('2026-11-20 09:30', 'America/New_York')).toBe('2026-11-20T14:30:00.000Z')
  })

  it('refuses what is not a real date and time', () => {
    for (const text of ['', '20/11/2026', '2026-11-31 10:00', '2026-11-20 25:00', '2026-11-20 10:60', 'now'])
      expect(parseRangeText(text, 'UTC')).toBeNull()
  })

  it('shows an instant as the table does, in the zone', () => {
    expect(formatRangeText('2026-11-20T10:00:05.000Z', 'America/New_York')).toBe('2026-11-20 05:00:05')
  })
})

import { describe, expect, it } from 'vitest'
import {
  fromZonedInputValue,
  isValidTimeZone,
  toZonedInputValue,
  zoneAbbreviation,
  zoneOffsetMinutes,
} from './time-zone'

describe('time zones', () => {
  it('knows valid and invalid zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })

  it('computes offsets across DST', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60)
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120)
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240)
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330)
  })

  it('round-trips input values in the chosen zone to the second', () => {
    const iso = '2026-11-20T15:04:05.000Z'
    expect(toZonedInputValue(iso, 'UTC')).toBe('2026-11-20T15:04:05')
    expect(toZonedInputValue(iso, 'Europe/Berlin')).toBe('2026-11-20T16:04:05')
    expect(fromZonedInputValue('2026-11-20T16:04:05', 'Europe/Berlin')).toBe(iso)
    expect(fromZonedInputValue('2026-11-20T10:04:05', 'America/New_York')).toBe(iso)
    expect(fromZonedInputValue('2026-11-20T15:04', 'UTC')).toBe('2026-11-20T15:04:00.000Z')
  })

  it('resolves a time skipped by DST forwards and rejects malformed values', () => {
    // 02:30 does not exist in Berlin on 2026-03-29; it resolves to 03:30 CEST = 01:30Z.
    expect(fromZonedInputValue('2026-03-29T02:30:00', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z')
    expect(fromZonedInputValue('2026-02-30T10:00:00', 'UTC')).toBeNull()
    expect(fromZonedInputValue('yesterday', 'UTC')).toBeNull()
  })

  it('names the zone', () => {
    expect(zoneAbbreviation('2026-11-20T15:00:00Z', 'UTC')).toBe('UTC')
    expect(zoneAbbreviation('2026-11-20T15:00:00Z', 'America/New_York')).toBe('EST')
  })
})

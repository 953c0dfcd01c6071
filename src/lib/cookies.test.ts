import { describe, expect, it } from 'vitest'
import { readCookies } from './cookies'
import { readPreferences } from './preferences'

describe('cookies', () => {
  it('reads a Cookie header, decoding values and skipping the ones that do not decode', () => {
    const cookies = readCookies(
      'calltrail_tz=Europe%2FBerlin; bad=%E0%A4%A; calltrail-pref.a=%5B%22cost%22%5D',
    )
    expect(cookies.get('calltrail_tz')).toBe('Europe/Berlin')
    expect(cookies.has('bad')).toBe(false)
    expect(readPreferences('calltrail_session=secret; calltrail-pref.a=%5B%22cost%22%5D')).toEqual({
      a: '["cost"]',
    })
    expect(readCookies(null).size).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { redactBytes, redactHeaders } from './redact'

const KEY = 'KEY0189a7Qz_live/abc+def=Xy'

function redact(text: string, secret = KEY): string {
  return Buffer.from(redactBytes(new Uint8Array(Buffer.from(text)), secret)).toString()
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64')
}

function percentEveryByte(text: string, upper: boolean): string {
  const hex = Buffer.from(text).toString('hex')
  const pairs = hex.match(/../g) ?? []
  return pairs.map((pair) => `%${upper ? pair.toUpperCase() : pair}`).join('')
}

describe('redactBytes', () => {
  it.each([
    ['as sent', KEY],
    ['lower-cased', KEY.toLowerCase()],
    ['upper-cased', KEY.toUpperCase()],
    ['in mixed case', 'kEy0189A7qZ_LIVE/ABC+def=xY'],
    ['URL-encoded', encodeURIComponent(KEY)],
    ['URL-encoded with lower-case escapes', encodeURIComponent(KEY).toLowerCase()],
    ['percent-encoded byte by byte (upper hex)', percentEveryByte(KEY, true)],
    ['percent-encoded byte by byte (lower hex)', percentEveryByte(KEY, false)],
    ['JSON-escaped slashes', KEY.replaceAll('/', '\\/')],
    ['JSON \\u escapes', [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['as hex', Buffer.from(KEY).toString('hex')],
  ])('masks the key %s', (_label, form) => {
    const out = redact(`{"error":"bad key ${form} here"}`)
    expect(out).toBe('{"error":"bad key [redacted] here"}')
  })

  it.each([
    ['alone', ''],
    ['in a Bearer token', 'Bearer '],
    ['as a basic-auth password', 'user:'],
    ['after one byte', 'x'],
    ['after two bytes', 'xy'],
  ])('masks the key base64-encoded %s, in both alphabets and URL-encoded', (_label, prefix) => {
    for (const suffix of ['', ':', 'ab']) {
      const token = base64(`${prefix}${KEY}${suffix}`)
      const variants = [
        token,
        token.replaceAll('+', '-').replaceAll('/', '_'),
        encodeURIComponent(token),
        token.replaceAll('/', '\\/'),
      ]
      for (const variant of variants) {
        const out = redact(`{"echo":"Basic ${variant}"}`)
        expect(out, `${prefix}|${suffix}|${variant}`).toContain('[redacted]')
        // What is left of the token around the mask cannot spell the key any more.
        const left = out.slice('{"echo":"Basic '.length, -2).replace('[redacted]', '')
        expect(Buffer.from(left, 'base64').toString('latin1')).not.toContain(KEY.slice(0, 6))
      }
    }
  })

  it('masks every occurrence, overlapping forms once, and leaves other bytes alone', () => {
    const body = `{"a":"${KEY}","b":"${KEY.toUpperCase()}${KEY}","c":"ünïcode ok","d":"KEY0189"}`
    expect(redact(body)).toBe('{"a":"[redacted]","b":"[redacted]","c":"ünïcode ok","d":"KEY0189"}')
  })

  it('returns the same bytes when the key is absent, and handles an unaligned view', () => {
    const bytes = new Uint8Array(Buffer.from('{"data":[1,2,3]}'))
    expect(redactBytes(bytes, KEY)).toBe(bytes)
    const backing = new Uint8Array(Buffer.from(`xyz{"k":"${KEY.toLowerCase()}"}`))
    const view = new Uint8Array(backing.buffer, 3, backing.length - 3)
    expect(Buffer.from(redactBytes(view, KEY)).toString()).toBe('{"k":"[redacted]"}')
  })

  it('does not treat characters that only differ in bit 0x20 from a letter as the same', () => {
    // '[' and '{' differ only in that bit, like 'K' and 'k'; a key with '[' must not match '{'.
    const key = 'abc[def]ghi_jkl'
    expect(redact('{"x":"abc{def}ghi\u007fjkl"}', key)).toBe('{"x":"abc{def}ghi\u007fjkl"}')
    expect(redact('{"x":"ABC[DEF]GHI_JKL"}', key)).toBe('{"x":"[redacted]"}')
  })
})

describe('redactHeaders', () => {
  it('drops headers carrying the key in any form and keeps the rest', () => {
    const headers = new Headers({
      'x-echo-lower': `key=${KEY.toLowerCase()}`,
      'x-echo-base64': `Bearer ${base64(`Bearer ${KEY}`)}`,
      'x-echo-url': encodeURIComponent(KEY),
      'x-ratelimit-remaining': '9',
    })
    const out = redactHeaders(headers, KEY)
    const names: string[] = []
    out.forEach((_value, name) => names.push(name))
    expect(names).toEqual(['x-ratelimit-remaining'])
  })
})

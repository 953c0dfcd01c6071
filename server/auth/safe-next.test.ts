import { describe, expect, it } from 'vitest'
import { safeNext } from './safe-next'

describe('safeNext', () => {
  it.each([
    ['/calls', '/calls'],
    ['/calls?provider=telnyx&status=failed', '/calls?provider=telnyx&status=failed'],
    ['/calls/telnyx/abc#timeline', '/calls/telnyx/abc#timeline'],
    ['/', '/'],
  ])('keeps the local path %s', (value, expected) => {
    expect(safeNext(value)).toBe(expected)
  })

  it.each([
    undefined,
    null,
    '',
    'calls',
    '//evil.example',
    '//evil.example/calls',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/.//evil.example',
    '/x/..//evil.example',
    'https://evil.example/calls',
    'javascript:alert(1)',
    '/%0d%0aLocation:%20https://evil.example'.replace('%0d%0a', '\r\n'),
    '/auth/sign-in',
    '/auth/sign-out',
    `/${'a'.repeat(3000)}`,
  ])('falls back to /calls for %j', (value) => {
    expect(safeNext(value)).toBe('/calls')
  })
})

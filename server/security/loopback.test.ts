import { describe, expect, it } from 'vitest'
import { isLoopbackAddress, isLoopbackHost } from './loopback'

describe('isLoopbackHost', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    'localhost',
    'LOCALHOST',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
  ])('%s is loopback', (host) => expect(isLoopbackHost(host)).toBe(true))

  it.each([
    '0.0.0.0',
    '::',
    '192.168.1.2',
    '10.0.0.1',
    'calls.example.com',
    'localhost.evil.com',
    '128.0.0.1',
    '::2',
  ])('%s is not loopback', (host) => expect(isLoopbackHost(host)).toBe(false))
})

describe('isLoopbackAddress', () => {
  it('reads peer addresses as sockets report them', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true)
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopbackAddress('::1')).toBe(true)
    expect(isLoopbackAddress('::ffff:10.0.0.1')).toBe(false)
    expect(isLoopbackAddress('localhost')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { backTarget, DEFAULT_BACK, safeBackPath } from './back-target'

describe('back link', () => {
  it('accepts relative paths into the calls list, filters included', () => {
    expect(safeBackPath('/calls')).toBe('/calls')
    expect(safeBackPath('/calls?direction=inbound&tz=Europe%2FBerlin')).toBe(
      '/calls?direction=inbound&tz=Europe%2FBerlin',
    )
    expect(safeBackPath('/calls/?q=%2B1555#top')).toBe('/calls/?q=%2B1555#top')
  })

  it('rejects anything that could leave the list or the origin', () => {
    for (const hostile of [
      'https://evil.example/calls',
      '//evil.example/calls',
      '/\\evil.example/calls',
      '\\\\evil.example',
      'javascript:alert(1)',
      'calls?direction=inbound',
      '/callsx',
      '/leads/1',
      '/calls\n/x',
      '',
      '/%2e%2e/leads',
    ]) {
      expect(safeBackPath(hostile), hostile).toBeNull()
    }
    expect(safeBackPath(42)).toBeNull()
    expect(safeBackPath(null)).toBeNull()
  })

  it('normalises dot segments before deciding', () => {
    expect(safeBackPath('/calls/../leads/1')).toBeNull()
    expect(safeBackPath('/calls/./?x=1')).toBe('/calls/?x=1')
  })

  it('prefers the back parameter, then router state, then the plain list', () => {
    const state = { back: '/calls?direction=outbound' }
    expect(backTarget(new URLSearchParams('back=%2Fcalls%3Fdirection%3Dinbound'), state)).toBe(
      '/calls?direction=inbound',
    )
    expect(backTarget(new URLSearchParams(''), state)).toBe('/calls?direction=outbound')
    expect(backTarget(new URLSearchParams(''), { from: '/calls?period=7d' })).toBe('/calls?period=7d')
    expect(backTarget(new URLSearchParams('back=https%3A%2F%2Fevil.example'), { back: 'x' })).toBe(
      DEFAULT_BACK,
    )
    expect(backTarget(new URLSearchParams(''), 'not an object')).toBe(DEFAULT_BACK)
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { forgetListPosition, loadListPosition, saveListPosition } from './list-position'

describe('list position', () => {
  beforeEach(() => window.sessionStorage.clear())

  it('is given back for the same list URL until forgotten, and not for another', () => {
    saveListPosition('/calls?period=30d', { scrollTop: 720, focusedKey: 'telnyx:abc' })
    expect(loadListPosition('/calls?period=7d')).toBeNull()
    expect(loadListPosition('/calls?period=30d')).toEqual({ scrollTop: 720, focusedKey: 'telnyx:abc' })
    forgetListPosition('/calls?period=30d')
    expect(loadListPosition('/calls?period=30d')).toBeNull()
  })

  it('ignores corrupt values', () => {
    window.sessionStorage.setItem('calltrail.calls.position:/calls', '{"scrollTop":-5}')
    expect(loadListPosition('/calls')).toBeNull()
    window.sessionStorage.setItem('calltrail.calls.position:/calls', 'not json')
    expect(loadListPosition('/calls')).toBeNull()
  })
})

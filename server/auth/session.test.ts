import { describe, expect, it } from 'vitest'
import { createSessions, passwordMatches, SESSION_TTL_SECONDS } from './session'

const T0 = Date.parse('2026-11-20T15:00:00Z')

function sessions(overrides: { secret?: string; password?: string } = {}) {
  const clock = { now: T0 }
  const store = createSessions({
    secret: overrides.secret ?? 'a'.repeat(32),
    password: overrides.password ?? 'correct horse battery',
    now: () => clock.now,
  })
  return { store, clock }
}

describe('session tokens', () => {
  it('accepts a token it issued until it expires', () => {
    const { store, clock } = sessions()
    const token = store.issue()
    expect(store.isValid(token)).toBe(true)
    clock.now = T0 + (SESSION_TTL_SECONDS - 1) * 1000
    expect(store.isValid(token)).toBe(true)
    clock.now = T0 + SESSION_TTL_SECONDS * 1000
    expect(store.isValid(token)).toBe(false)
  })

  it('rejects tampered, truncated and foreign tokens', () => {
    const { store } = sessions()
    const token = store.issue()
    const [expires = '', nonce = '', signature = ''] = token.split('.')
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A')
    expect(store.isValid(`${expires}.${nonce}.${flipped}`)).toBe(false)
    expect(store.isValid(`${Number(expires) + 86_400}.${nonce}.${signature}`)).toBe(false)
    expect(store.isValid(`${expires}.${nonce}`)).toBe(false)
    expect(store.isValid('')).toBe(false)
    expect(store.isValid(undefined)).toBe(false)
    expect(sessions({ secret: 'b'.repeat(32) }).store.isValid(token)).toBe(false)
  })

  it('stops accepting every token when the password changes', () => {
    const token = sessions().store.issue()
    expect(sessions({ password: 'a different password' }).store.isValid(token)).toBe(false)
  })

  it('revokes a token on sign-out without touching others', () => {
    const { store } = sessions()
    const first = store.issue()
    const second = store.issue()
    store.revoke(first)
    expect(store.isValid(first)).toBe(false)
    expect(store.isValid(second)).toBe(true)
  })
})

describe('passwordMatches', () => {
  it('compares whole passwords of any length', () => {
    expect(passwordMatches('correct horse battery', 'correct horse battery')).toBe(true)
    expect(passwordMatches('correct horse batter', 'correct horse battery')).toBe(false)
    expect(passwordMatches('', 'correct horse battery')).toBe(false)
    expect(passwordMatches('x'.repeat(10_000), 'correct horse battery')).toBe(false)
  })
})

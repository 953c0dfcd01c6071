import { describe, expect, it } from 'vitest'
import { isSameOriginPost } from './same-origin'

const URL_ = 'http://calls.example:8080/auth/sign-in'

describe('isSameOriginPost', () => {
  it.each([
    [
      'a same-origin post from a current browser under no-referrer',
      { 'sec-fetch-site': 'same-origin', origin: 'null' },
    ],
    [
      'a same-origin post from a current browser',
      { 'sec-fetch-site': 'same-origin', origin: 'http://calls.example:8080' },
    ],
    ['an older browser naming our origin', { origin: 'http://calls.example:8080' }],
    [
      'an older browser behind a proxy',
      { origin: 'https://calls.example', 'x-forwarded-host': 'calls.example' },
    ],
    ['a client that is not a browser', {}],
  ])('accepts %s', (_label, headers) => {
    expect(isSameOriginPost(new Headers(headers), URL_)).toBe(true)
  })

  it.each([
    ['a cross-site post', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a same-site sibling', { 'sec-fetch-site': 'same-site', origin: 'http://other.example:8080' }],
    ['a post typed into no page at all', { 'sec-fetch-site': 'none' }],
    [
      'a cross-site post claiming same-origin Origin',
      { 'sec-fetch-site': 'cross-site', origin: 'http://calls.example:8080' },
    ],
    ['an older browser on another site', { origin: 'https://evil.example' }],
    ['an older browser on another port', { origin: 'http://calls.example:9090' }],
    ['a malformed Origin', { origin: 'not a url' }],
  ])('refuses %s', (_label, headers) => {
    expect(isSameOriginPost(new Headers(headers), URL_)).toBe(false)
  })
})

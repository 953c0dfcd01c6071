import { describe, expect, it } from 'vitest'
import { SOURCES, type Source } from '#domain/call'
import { allowedEndpoints, matchEndpoint } from './allowlist'

function check(provider: Source, method: string, path: string) {
  return matchEndpoint(provider, method, path.slice(1).split('/'))
}

describe('matchEndpoint', () => {
  const every = SOURCES.flatMap((provider) =>
    allowedEndpoints(provider).map((entry) => {
      const [method = '', path = ''] = entry.split(' ')
      return {
        provider,
        entry,
        method,
        path: path.replace(/\{\w+\}/g, '3c90c3cc-0d44-4b50-8888-8dd25736052a'),
      }
    }),
  )

  it('lists the documented endpoints of issue 2', () => {
    expect(every).toHaveLength(15)
  })

  it.each(every)('allows $provider $method $path', ({ provider, entry, method, path }) => {
    expect(check(provider, method, path)).toEqual({ kind: 'allowed', path, endpoint: entry })
  })

  it.each([
    ['telnyx', 'GET', '/v2/calls'],
    ['telnyx', 'GET', '/v2/call_events/x'],
    ['telnyx', 'GET', '/V2/call_events'],
    ['telnyx', 'GET', '/v2/recordings/abc/download'],
    ['telnyx', 'GET', '/v2/detail_records/options'],
    ['telnyx', 'GET', '/v1/calls'],
    ['leadping', 'GET', '/events/detail/abc'],
    ['leadping', 'POST', '/events/calls/phone/+15551234567'],
    ['leadping', 'POST', '/leads/all/my'],
    ['leadping', 'GET', '/leads/abc/status-history'],
    ['skipcall', 'GET', '/v1/workspaces'],
    ['skipcall', 'GET', '/v1/calls/abc/transcript'],
    ['callingbox', 'GET', '/v1/agents'],
    ['callingbox', 'GET', '/v1/calls/abc/transcript/x'],
    ['callingbox', 'GET', '/calls'],
  ] as const)('does not know %s %s %s', (provider, method, path) => {
    expect(check(provider, method, path)).toEqual({ kind: 'unknown' })
  })

  it.each([
    ['telnyx', 'DELETE', '/v2/recordings/abc', ['GET']],
    ['telnyx', 'POST', '/v2/call_events', ['GET']],
    ['leadping', 'GET', '/events/calls/all/my', ['POST']],
    ['leadping', 'PUT', '/leads/abc', ['GET']],
    ['callingbox', 'POST', '/v1/calls', ['GET']],
    ['skipcall', 'HEAD', '/v1/calls', ['GET']],
  ] as const)('refuses %s %s %s, naming the allowed methods', (provider, method, path, allow) => {
    expect(check(provider, method, path)).toEqual({ kind: 'wrong-method', allow })
  })

  it.each([
    '.hidden',
    '..',
    '-',
    'a'.repeat(201),
    'a b',
    'a/b',
    'a\\b',
    'ünïcode',
    'a?b',
    'a#b',
    'a%2fb',
    '',
  ])('refuses the path parameter %j', (id) => {
    expect(matchEndpoint('callingbox', 'GET', ['v1', 'calls', id])).toEqual({ kind: 'unknown' })
  })

  it('re-escapes parameters when it rebuilds the upstream path', () => {
    expect(matchEndpoint('skipcall', 'GET', ['v1', 'calls', 'CA1:2+3=@x'])).toEqual({
      kind: 'allowed',
      path: '/v1/calls/CA1%3A2%2B3%3D%40x',
      endpoint: 'GET /v1/calls/{id}',
    })
  })
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { inProcessEnv, inProcessRequest, withInProcessFetch } from './in-process-fetch'

afterEach(() => vi.restoreAllMocks())

describe('in-process fetch', () => {
  it('answers relative URLs inside a render from the app, and leaves every other fetch alone', async () => {
    const seen: string[] = []
    const here = (path: string) => {
      seen.push(path)
      return Promise.resolve(new Response('{"from":"app"}'))
    }
    const inside: unknown = await withInProcessFetch(
      here,
      async () => (await fetch('/api/calls?limit=1')).json() as Promise<unknown>,
    )
    expect(inside).toEqual({ from: 'app' })
    expect(seen).toEqual(['/api/calls?limit=1'])
    // Outside a render a relative URL is what it always was in Node: an error, not a request to the app.
    await expect(fetch('/api/calls')).rejects.toThrow()
    // Protocol-relative URLs are not paths of this app.
    await withInProcessFetch(here, () => expect(fetch('//evil.example/x')).rejects.toThrow())
    expect(seen).toHaveLength(1)
  })

  it('keeps the page request’s credentials and host, never its encoding or content headers', () => {
    const page = new Request('http://127.0.0.1:8080/calls?direction=inbound', {
      headers: {
        cookie: 'calltrail_session=abc',
        authorization: 'Basic eA==',
        host: '127.0.0.1:8080',
        accept: 'text/html',
        'accept-encoding': 'br',
      },
    })
    const request = inProcessRequest(page, '/api/calls?limit=100', {
      headers: { accept: 'application/json' },
    })
    expect(request.url).toBe('http://127.0.0.1:8080/api/calls?limit=100')
    expect(request.headers.get('cookie')).toBe('calltrail_session=abc')
    expect(request.headers.get('authorization')).toBe('Basic eA==')
    expect(request.headers.get('accept')).toBe('application/json')
    expect(request.headers.get('accept-encoding')).toBeNull()
  })

  it('gives an in-process request its own request target but the page’s socket', () => {
    const socket = { remoteAddress: '127.0.0.1' }
    const env = { incoming: { url: '/calls/telnyx/x', socket } }
    const derived = inProcessEnv(env, '/api/telnyx/v2/call_events?page[size]=20') as typeof env
    expect(derived.incoming.url).toBe('/api/telnyx/v2/call_events?page[size]=20')
    expect(derived.incoming.socket).toBe(socket)
    expect(env.incoming.url).toBe('/calls/telnyx/x')
    expect(inProcessEnv(undefined, '/x')).toBeUndefined()
  })
})

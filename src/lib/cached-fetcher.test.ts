import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonGateway } from '#testing/json-gateway'
import type { ProviderRequest } from '#domain/feed'
import { createCachedFetcher, forgetProviderAnswers } from './cached-fetcher'

const request: ProviderRequest = { source: 'leadping', method: 'GET', path: '/leads/abc' }

const setup = () => {
  const client = new QueryClient()
  return { client, fetcher: createCachedFetcher(client, { staleTime: 30_000 }) }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the cached provider fetcher', () => {
  it('answers a repeated request from the cache while it is fresh', async () => {
    const fetch = jsonGateway('{"id":"abc"}')
    const { fetcher } = setup()
    await fetcher(request)
    const again = await fetcher(request)
    expect(again.body).toEqual({ id: 'abc' })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['malformed', `{'simulator': NaN, "id":"abc"}`],
    ['truncated', '{"id":"a'],
  ])(
    'never caches a 2xx whose JSON is %s: the next read asks again and gets the repaired answer',
    async (_, bad) => {
      const fetch = jsonGateway(bad, '{"id":"abc"}')
      const { fetcher } = setup()
      const first = await fetcher(request)
      // The caller still gets the unreadable answer, as text, for its adapter to word.
      expect(first).toMatchObject({ status: 200, body: bad })
      const retried = await fetcher(request)
      expect(fetch).toHaveBeenCalledTimes(2)
      expect(retried.body).toEqual({ id: 'abc' })
    },
  )

  it('after forgetProviderAnswers, a fresh answer of that source is read again; other sources stay cached', async () => {
    const fetch = jsonGateway('{"unexpected":"envelope"}', '{"id":"abc"}')
    const { client, fetcher } = setup()
    const other: ProviderRequest = { source: 'telnyx', method: 'GET', path: '/v2/x' }
    await fetcher(request)
    await fetcher(other)
    expect(fetch).toHaveBeenCalledTimes(2)
    await forgetProviderAnswers(client, ['leadping'])
    expect((await fetcher(request)).body).toEqual({ id: 'abc' })
    await fetcher(other)
    expect(fetch).toHaveBeenCalledTimes(3)
  })
})

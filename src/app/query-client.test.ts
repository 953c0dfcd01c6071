import { afterEach, describe, expect, it, vi } from 'vitest'
import { jsonGateway } from '#testing/json-gateway'
import { describeUnreadableBody } from '#providers/adapter-kit/describe-error'
import { createCachedFetcher } from '#lib/cached-fetcher'
import { SourceFailure } from '#lib/source-failure'
import { createQueryClient } from './query-client'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('automatic retries of a provider read through the cached fetcher', () => {
  it('ask the provider again when the cached answer could not be read, instead of reading the cache', async () => {
    const fetch = jsonGateway('{"unexpected":"envelope"}', '{"data":[{"id":"abc"}]}')
    const client = createQueryClient()
    const fetcher = createCachedFetcher(client)
    // What an adapter does: read the list's envelope, or say the body could not be read.
    const readList = async () => {
      const response = await fetcher({ source: 'leadping', method: 'GET', path: '/leads' })
      const body = response.body as { data?: { id: string }[] }
      if (!Array.isArray(body.data))
        throw new SourceFailure(describeUnreadableBody('leadping', response.status, 'not a paged list'))
      return body.data
    }
    const list = await client.fetchQuery({ queryKey: ['lead-list'], queryFn: readList, retryDelay: 0 })
    expect(list).toEqual([{ id: 'abc' }])
    // Without forgetting, the retry was answered by the cached envelope: one request, three failures.
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('leave other sources’ cached answers alone', async () => {
    const fetch = jsonGateway('{"id":"t"}', '{"unexpected":"envelope"}', '{"data":[]}')
    const client = createQueryClient()
    const fetcher = createCachedFetcher(client)
    await fetcher({ source: 'telnyx', method: 'GET', path: '/v2/x' })
    await client.fetchQuery({
      queryKey: ['lead-list'],
      retryDelay: 0,
      queryFn: async () => {
        const response = await fetcher({ source: 'leadping', method: 'GET', path: '/leads' })
        if (!Array.isArray((response.body as { data?: unknown }).data))
          throw new SourceFailure(describeUnreadableBody('leadping', 200, 'not a paged list'))
        return 'read'
      },
    })
    await fetcher({ source: 'telnyx', method: 'GET', path: '/v2/x' })
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('leave the cache alone for a failure the cache cannot hold (a 503)', async () => {
    const fetch = jsonGateway('{"data":[{"id":"cached"}]}')
    const client = createQueryClient()
    const fetcher = createCachedFetcher(client)
    await fetcher({ source: 'leadping', method: 'GET', path: '/leads' })
    let attempts = 0
    await client
      .fetchQuery({
        queryKey: ['call'],
        retryDelay: 0,
        queryFn: () => {
          attempts++
          return Promise.reject(
            new SourceFailure({
              source: 'leadping',
              status: 503,
              message: 'Leadping had a server error (503).',
              providerMessage: null,
              retryable: true,
              retryAfterSeconds: null,
            }),
          )
        },
      })
      .catch(() => undefined)
    expect(attempts).toBe(3)
    await fetcher({ source: 'leadping', method: 'GET', path: '/leads' })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

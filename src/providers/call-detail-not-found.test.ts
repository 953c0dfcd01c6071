import { describe, expect, it } from 'vitest'
import type { ProviderFetcher, ProviderRequest, ProviderResponse } from '#domain/feed'
import { providerWordsBeyondMessage } from './adapter-kit/describe-error'
import { loadCallDetail } from './call-detail'
import { jsonResponse } from '#testing/fake-response'

const now = () => new Date('2026-11-20T15:00:00.000Z')
const UUID = '5472aa1d-e436-11f1-8573-02420ab3bc97'

/** A fetcher that always gives `response` and remembers what was asked. */
function answering(response: ProviderResponse) {
  const requests: ProviderRequest[] = []
  const fetcher: ProviderFetcher = (request) => {
    requests.push(request)
    return Promise.resolve(response)
  }
  return { fetcher, requests }
}

const gatewayRefusal = (status: number, code: string, message: string) =>
  jsonResponse(status, { error: { code, message, provider: 'x' } })

describe('an id that cannot exist is a call that is not found', () => {
  it('Telnyx and CallingBox ids that are not UUIDs, as documented, ask nothing', async () => {
    for (const source of ['telnyx', 'callingbox'] as const) {
      for (const id of ['does-not-exist', 'a b', 'été', 'x'.repeat(3000), `${UUID}x`]) {
        const { fetcher, requests } = answering(jsonResponse(500, {}))
        expect(await loadCallDetail(fetcher, source, id, now)).toEqual({ kind: 'not_found' })
        expect(requests).toEqual([])
      }
    }
  })

  it('a record id the provider refuses as malformed (400/422) is not found', async () => {
    const refusals = [
      ['callingbox', jsonResponse(400, { error: `invalid call id: ${UUID}` })],
      ['skipcall', jsonResponse(400, { code: 'INVALID_ID', details: 'id must be a UUID' })],
      ['leadping', jsonResponse(422, { title: 'Unprocessable', detail: 'callEventId is malformed' })],
    ] as const
    for (const [source, response] of refusals) {
      expect(await loadCallDetail(answering(response).fetcher, source, UUID, now)).toEqual({
        kind: 'not_found',
      })
    }
  })

  it("the gateway's refusal of an id segment that is no valid identifier (404) is not found", async () => {
    const refused = gatewayRefusal(404, 'unknown_endpoint', 'This is not an allowed Skipcall endpoint.')
    expect(await loadCallDetail(answering(refused).fetcher, 'skipcall', 'a b', now)).toEqual({
      kind: 'not_found',
    })
  })

  it('Telnyx: a refusal that names the id filter is not found; one about another parameter stays an error', async () => {
    const aboutId = jsonResponse(422, {
      errors: [
        {
          code: '10015',
          title: 'Invalid parameter',
          detail: 'filter[application_session_id] must be a valid UUID.',
          source: { parameter: 'filter[application_session_id]' },
        },
      ],
    })
    expect(await loadCallDetail(answering(aboutId).fetcher, 'telnyx', UUID, now)).toEqual({
      kind: 'not_found',
    })
    const tooLong = gatewayRefusal(400, 'invalid_query', 'The query parameter filter[leg_id] is too long.')
    expect(await loadCallDetail(answering(tooLong).fetcher, 'telnyx', UUID, now)).toEqual({
      kind: 'not_found',
    })
    const aboutPage = jsonResponse(422, {
      errors: [{ detail: 'page[size] must be at most 250.', source: { parameter: 'page[size]' } }],
    })
    expect(await loadCallDetail(answering(aboutPage).fetcher, 'telnyx', UUID, now)).toMatchObject({
      kind: 'error',
      error: { status: 422, retryable: false },
    })
  })

  it('other failures stay errors: a 5xx may be retried, a refused key may not', async () => {
    const down = answering(jsonResponse(503, { error: 'maintenance' })).fetcher
    expect(await loadCallDetail(down, 'callingbox', UUID, now)).toMatchObject({
      kind: 'error',
      error: { status: 503, retryable: true },
    })
    for (const status of [401, 403]) {
      const refused = answering(jsonResponse(status, { code: 'NO', details: null })).fetcher
      expect(await loadCallDetail(refused, 'skipcall', 'sk_1', now)).toMatchObject({
        kind: 'error',
        error: { status, retryable: false },
      })
    }
  })
})

describe("the provider's words are said once", () => {
  const error = {
    source: 'telnyx',
    status: 422,
    retryable: false,
    retryAfterSeconds: null,
  } as const

  it('are left out when the plain sentence already quotes them', () => {
    const words = 'filter[leg_id] must be a valid UUID. [filter[leg_id]] (code 10015)'
    expect(
      providerWordsBeyondMessage({
        ...error,
        message: `Telnyx refused the query (422): ${words}`,
        providerMessage: words,
      }),
    ).toBeNull()
    expect(
      providerWordsBeyondMessage({
        ...error,
        message: 'The query parameter filter[leg_id] is too long (Telnyx, 400).',
        providerMessage: 'The query parameter filter[leg_id] is too long.',
      }),
    ).toBeNull()
  })

  it('are kept when they add something', () => {
    expect(
      providerWordsBeyondMessage({
        ...error,
        status: 503,
        message: 'Telnyx had a server error (503).',
        providerMessage: 'Service Unavailable',
      }),
    ).toBe('Service Unavailable')
    expect(
      providerWordsBeyondMessage({
        ...error,
        message: 'Telnyx had a server error (503).',
        providerMessage: null,
      }),
    ).toBeNull()
  })
})

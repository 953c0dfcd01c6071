import { describe, expect, it } from 'vitest'
import type { ProviderResponse } from '#domain/feed'
import { describeCallingBoxError } from './callingbox/errors'
import { describeLeadpingError } from './leadping/errors'
import { describeFetchFailure } from './adapter-kit/describe-error'
import { performRequest } from './adapter-kit/perform-request'
import { describeSkipcallError } from './skipcall/errors'
import { describeTelnyxError, telnyxErrorDialect } from './telnyx/errors'
import { jsonResponse } from '#testing/fake-response'

const NOW = new Date('2026-08-21T12:00:00.000Z')

describe('provider error bodies in plain words', () => {
  it('Telnyx errors array: 401, 422 with the detail and parameter, 429 with x-ratelimit-reset', () => {
    expect(
      describeTelnyxError(
        jsonResponse(401, { errors: [{ code: '10009', title: 'Authentication failed' }] }),
        NOW,
      ),
    ).toEqual({
      source: 'telnyx',
      status: 401,
      message: 'Telnyx rejected the API key (401).',
      providerMessage: 'Authentication failed (code 10009)',
      retryable: false,
      retryAfterSeconds: null,
    })
    const invalid = describeTelnyxError(
      jsonResponse(422, {
        errors: [
          {
            code: '10015',
            title: 'Bad request',
            detail: 'Only one filter[occurred_at] can be passed.',
            source: { parameter: 'filter[occurred_at]' },
          },
        ],
      }),
      NOW,
    )
    expect(invalid.message).toBe(
      'Telnyx refused the query (422): Only one filter[occurred_at] can be passed. [filter[occurred_at]] (code 10015)',
    )
    const limited = describeTelnyxError(
      jsonResponse(
        429,
        { errors: [{ code: '10011', title: 'Too many requests' }] },
        { 'x-ratelimit-reset': '17' },
      ),
      NOW,
    )
    expect(limited).toMatchObject({
      retryable: true,
      retryAfterSeconds: 17,
      message: 'Telnyx is limiting how fast we can ask (429); try again in 17 s.',
    })
  })

  it('Leadping problem+json: detail, validation errors map and Retry-After (seconds or date)', () => {
    const problem = {
      type: 'https://leadping.ai/docs/errors/validation',
      title: 'Request validation failed',
      status: 400,
      detail: 'One or more request fields are invalid.',
      errors: { pageSize: ['must be at most 100'] },
    }
    expect(describeLeadpingError(jsonResponse(400, problem), NOW).message).toBe(
      'Leadping refused the query (400): One or more request fields are invalid.; pageSize: must be at most 100',
    )
    expect(describeLeadpingError(jsonResponse(403, { title: 'Forbidden', status: 403 }), NOW).message).toBe(
      'Leadping refused access (403): the key is not allowed to do this, or the plan does not include it.',
    )
    const dated = describeLeadpingError(
      jsonResponse(
        429,
        { status: 429, title: 'Too many requests.' },
        { 'retry-after': 'Fri, 21 Aug 2026 12:00:30 GMT' },
      ),
      NOW,
    )
    expect(dated.retryAfterSeconds).toBe(30)
  })

  it('Skipcall {code, details} and its absolute X-RateLimit-Reset', () => {
    const key = describeSkipcallError(jsonResponse(401, { code: 'API_KEY_INVALID', details: null }), NOW)
    expect(key).toMatchObject({
      message: 'Skipcall rejected the API key (401).',
      providerMessage: 'API_KEY_INVALID',
    })
    const plan = describeSkipcallError(
      jsonResponse(403, { code: 'SUBSCRIPTION_REQUIRED', details: { plan: 'STARTER' } }),
      NOW,
    )
    expect(plan.providerMessage).toBe('SUBSCRIPTION_REQUIRED: {"plan":"STARTER"}')
    const reset = String(NOW.getTime() / 1000 + 42)
    expect(
      describeSkipcallError(
        jsonResponse(429, { code: 'RATE_LIMIT_EXCEEDED' }, { 'x-ratelimit-reset': reset }),
        NOW,
      ).retryAfterSeconds,
    ).toBe(42)
  })

  it('CallingBox {error} and a 5xx', () => {
    expect(
      describeCallingBoxError(jsonResponse(404, { error: 'call a1b2c3d4 not found' }), NOW),
    ).toMatchObject({
      message: 'CallingBox has no such record (404).',
      providerMessage: 'call a1b2c3d4 not found',
      retryable: false,
    })
    expect(describeCallingBoxError(jsonResponse(503, 'upstream connect error'), NOW)).toMatchObject({
      message: 'CallingBox had a server error (503).',
      providerMessage: null,
      retryable: true,
    })
  })

  it("the gateway's own body: timeout, unreachable, unknown path", () => {
    const gateway = (status: number, code: string, message: string) =>
      describeTelnyxError(jsonResponse(status, { error: { code, message, provider: 'telnyx' } }), NOW)
    expect(gateway(504, 'upstream_timeout', 'Telnyx did not answer in time.')).toMatchObject({
      message: 'Telnyx did not answer in time (504).',
      retryable: true,
    })
    expect(gateway(502, 'upstream_unreachable', 'Telnyx could not be reached.').message).toBe(
      'Telnyx could not be reached (502).',
    )
    expect(gateway(404, 'unknown_endpoint', 'This endpoint is not allowed.')).toMatchObject({
      message: 'This endpoint is not allowed (Telnyx, 404).',
      retryable: false,
    })
  })

  it('network failures, timeouts and bodies that are not JSON', async () => {
    expect(describeFetchFailure('leadping', new TypeError('fetch failed'))).toMatchObject({
      message: 'Leadping could not be reached.',
      status: null,
      retryable: true,
    })
    const timeout = new DOMException('The operation timed out.', 'TimeoutError')
    expect(describeFetchFailure('skipcall', timeout).message).toBe('Skipcall did not answer in time.')
    // A fetcher that aborts on its own (not the caller's signal) did not get an answer: reported, not thrown.
    const ownAbort = () => Promise.reject(new DOMException('gave up', 'AbortError'))
    const gaveUp = await performRequest(
      'callingbox',
      ownAbort,
      { source: 'callingbox', method: 'GET', path: '/v1/calls' },
      telnyxErrorDialect,
      () => NOW,
    )
    expect(gaveUp).toMatchObject({
      ok: false,
      error: { message: 'CallingBox did not answer in time.', retryable: true },
    })
    const truncated: ProviderResponse = {
      status: 200,
      headers: new Headers(),
      body: '{"data": [{"record_type": "call_ev',
    }
    const outcome = await performRequest(
      'telnyx',
      () => Promise.resolve(truncated),
      { source: 'telnyx', method: 'GET', path: '/v2/call_events' },
      telnyxErrorDialect,
      () => NOW,
    )
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        message: 'Telnyx sent a response we could not read (the body is not valid JSON).',
        retryable: true,
      },
    })
  })

  it('rethrows an abort instead of reporting it', async () => {
    const controller = new AbortController()
    controller.abort()
    const aborting = () => Promise.reject(new DOMException('aborted', 'AbortError'))
    await expect(
      performRequest(
        'telnyx',
        aborting,
        { source: 'telnyx', method: 'GET', path: '/v2/call_events' },
        telnyxErrorDialect,
        () => NOW,
        controller.signal,
      ),
    ).rejects.toThrow('aborted')
  })
})

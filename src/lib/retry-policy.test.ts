import { describe, expect, it } from 'vitest'
import type { SourceError } from '#domain/feed'
import {
  describeFetchFailure,
  describeHttpError,
  readRetryAfter,
} from '#providers/adapter-kit/describe-error'
import { HttpError } from './http-error'
import { retryAutomatically, retryDelayMs, retryHelps, retryHint } from './retry-policy'
import { SourceFailure } from './source-failure'

const dialect = { readMessage: () => null, retryAfterSeconds: readRetryAfter }

/** A provider's answer as the adapters describe it, thrown as the queries throw it. */
function providerFailure(status: number, retryAfter?: string): SourceFailure {
  const headers = new Headers(retryAfter === undefined ? {} : { 'retry-after': retryAfter })
  const error: SourceError = describeHttpError(
    'telnyx',
    { status, headers, body: null },
    dialect,
    new Date(0),
  )
  return new SourceFailure(error)
}

/** How many times React Query would ask again, and after which delays, if every attempt failed alike. */
function schedule(error: unknown): number[] {
  const delays: number[] = []
  for (let failures = 0; retryAutomatically(failures, error); failures += 1)
    delays.push(retryDelayMs(failures, error))
  return delays
}

describe('the one retry policy', () => {
  it.each([
    ['a provider’s server error (503)', providerFailure(503)],
    ['a provider’s timeout (408)', providerFailure(408)],
    ['a provider’s 429 without Retry-After', providerFailure(429)],
    [
      'a provider that did not answer',
      new SourceFailure(describeFetchFailure('skipcall', new TypeError('x'))),
    ],
    ['the call index’s 503', new HttpError('The call index is unavailable.', 503)],
    ['no answer from our own server (fetch’s TypeError)', new TypeError('Failed to fetch')],
  ])('asks again twice, after 1 s and 2 s, for %s; Retry is offered', (_, error) => {
    expect(schedule(error)).toEqual([1000, 2000])
    expect(retryHelps(error)).toBe(true)
  })

  it.each([
    ['a refused key (401)', providerFailure(401)],
    ['refused access (403)', providerFailure(403)],
    ['no such record (404)', providerFailure(404)],
    ['a refused query (400)', providerFailure(400)],
    ['a refused query (422)', providerFailure(422)],
    ['the call index refusing a parameter (400)', new HttpError('Parameter "q": too long.', 400)],
    ['the call index’s answer in the wrong shape', new HttpError('Wrong shape.', 502, null, false)],
    ['an abort', new DOMException('The operation was aborted.', 'AbortError')],
    ['a plain error (a bug, a contract error)', new Error('Session check failed (500)')],
    ['something that is not an error', 'oops'],
  ])('never asks again by itself for %s, and offers no Retry', (_, error) => {
    expect(schedule(error)).toEqual([])
    expect(retryHelps(error)).toBe(false)
  })

  it('waits out a short Retry-After (up to 5 s) instead of the back-off, in seconds or as a date', () => {
    expect(schedule(providerFailure(429, '3'))).toEqual([3000, 3000])
    expect(schedule(providerFailure(429, '5'))).toEqual([5000, 5000])
    expect(schedule(providerFailure(429, new Date(4000).toUTCString()))).toEqual([4000, 4000])
    expect(schedule(new HttpError('Busy.', 429, 2))).toEqual([2000, 2000])
  })

  it('shows a long Retry-After at once instead of waiting it out, and still offers Retry', () => {
    const error = providerFailure(429, '6')
    expect(schedule(error)).toEqual([])
    expect(retryHelps(error)).toBe(true)
    expect(error.message).toBe('Telnyx is limiting how fast we can ask (429); try again in 6 s.')
  })

  it('reads the hint of any error that carries one, as a query error rebuilt after hydration does', () => {
    const rebuilt = Object.assign(Object.create(Error.prototype) as Error, {
      retryable: true,
      retryAfterSeconds: 1,
    })
    expect(retryHint(rebuilt)).toEqual({ retryable: true, retryAfterSeconds: 1 })
    expect(retryHint({ retryable: 'yes' })).toEqual({ retryable: false, retryAfterSeconds: null })
  })
})

import { describe, expect, it } from 'vitest'
import { HttpError } from './http-error'
import { retryingNote } from './retrying-note'
import { SourceFailure } from './source-failure'

describe('retryingNote: what a page says while a read is retried by itself', () => {
  it('says nothing before the first failure', () => {
    expect(retryingNote(0, null)).toBeNull()
  })

  it('names the provider failure and the attempt under way', () => {
    const failure = new SourceFailure({
      source: 'skipcall',
      status: 503,
      message: 'Skipcall had a server error (503).',
      providerMessage: null,
      retryable: true,
      retryAfterSeconds: null,
    })
    expect(retryingNote(1, failure)).toBe('Skipcall had a server error (503). Trying again (attempt 2 of 3)…')
    expect(retryingNote(2, failure)).toBe('Skipcall had a server error (503). Trying again (attempt 3 of 3)…')
  })

  it('uses the call index’s words, adding the full stop they lack', () => {
    expect(retryingNote(1, new HttpError('The call index is busy', 503, null))).toBe(
      'The call index is busy. Trying again (attempt 2 of 3)…',
    )
  })

  it.each([['Failed to fetch'], ['Cannot read properties of undefined']])(
    'shows no raw message of a TypeError ("%s"): it may be no answer or a bug of ours',
    (message) => {
      expect(retryingNote(1, new TypeError(message))).toBe(
        'The last attempt failed. Trying again (attempt 2 of 3)…',
      )
    },
  )
})

import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CALLS_QUERY } from '#domain/index-api'
import { fetchCallsPage, fetchSync } from './index-client'

function answer(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
      ),
    ),
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const sync = {
  source: 'telnyx',
  mode: 'simulator',
  state: 'ok',
  lastSuccessAt: '2026-11-20T15:00:00.000Z',
  lastAttemptAt: '2026-11-20T15:00:00.000Z',
  lagSeconds: 3,
  records: 12,
  lastError: null,
  retryAt: null,
  historySince: null,
  problems: [{ recordId: null, field: 'to', message: 'missing' }],
  progress: null,
}
const page = {
  calls: [{ id: 'a' }],
  nextCursor: null,
  total: { count: 1, exact: true },
  sync: [sync],
  now: 'x',
}

describe('the index client (hand-written shape checks of our own server’s answers)', () => {
  it('accepts a well-formed calls page and sync answer', async () => {
    answer(page)
    await expect(fetchCallsPage(DEFAULT_CALLS_QUERY)).resolves.toEqual(page)
    answer({ sources: [sync], now: 'x' })
    await expect(fetchSync()).resolves.toEqual({ sources: [sync], now: 'x' })
    // Several instances on one database: the one syncing the source is named.
    const held = { ...sync, syncedBy: 'web-1:4242:a1b2c3' }
    answer({ sources: [held], now: 'x' })
    await expect(fetchSync()).resolves.toEqual({ sources: [held], now: 'x' })
  })

  it.each([
    ['a call that is not an object', { ...page, calls: [1] }],
    ['a missing total', { ...page, total: undefined }],
    ['an unknown source in the sync notes', { ...page, sync: [{ ...sync, source: 'acme' }] }],
    ['a problem without its field', { ...page, sync: [{ ...sync, problems: [{ recordId: null }] }] }],
    ['a syncing instance that is not named by text', { ...page, sync: [{ ...sync, syncedBy: 7 }] }],
    ['no body at all', null],
  ])('rejects %s with the shape message', async (_, body) => {
    answer(body)
    await expect(fetchCallsPage(DEFAULT_CALLS_QUERY)).rejects.toMatchObject({
      message: 'The server’s answer was not in the expected shape; reload the page to retry.',
      status: 502,
      // This page's code and the server's differ: asking again gets the same answer.
      retryable: false,
    })
  })

  it('carries the server’s own error message, or the status when the body has none', async () => {
    answer({ error: { message: 'Parameter "q": too long.' } }, 400)
    await expect(fetchSync()).rejects.toMatchObject({
      message: 'Parameter "q": too long.',
      status: 400,
      retryable: false,
    })
    answer({ oops: true }, 503)
    await expect(fetchSync()).rejects.toMatchObject({ status: 503, retryable: true })
  })
})

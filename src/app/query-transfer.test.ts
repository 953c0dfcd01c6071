import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { HttpError } from '#lib/http-error'
import { BROWSER_ONLY, NOT_CARRIED } from '#lib/query-meta'
import { retryHint } from '#lib/retry-policy'
import { SourceFailure } from '#lib/source-failure'
import { readPageState, serializePageState, PAGE_STATE_ID } from './page-state'
import { dehydrateForPage, hydrateFromPage } from './query-transfer'

/** Through JSON, as the page carries it. */
const travel = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

describe('the query cache carried into a server-rendered page', () => {
  it('keeps answers and failures, rebuilding each error with its class and fields', async () => {
    const server = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    server.setQueryData(['calls'], { rows: [1, 2] })
    await server.prefetchQuery({
      queryKey: ['call'],
      queryFn: () => Promise.reject(new HttpError('Skipcall is unavailable.', 503, 2)),
    })
    await server.prefetchQuery({
      queryKey: ['detail'],
      queryFn: () =>
        Promise.reject(
          new SourceFailure({
            source: 'skipcall',
            status: 401,
            message: 'No call.',
            providerMessage: null,
            retryable: false,
            retryAfterSeconds: null,
          }),
        ),
    })
    const browser = new QueryClient()
    hydrateFromPage(browser, travel(dehydrateForPage(server)))

    expect(browser.getQueryData(['calls'])).toEqual({ rows: [1, 2] })
    const error = browser.getQueryState(['call'])?.error
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toMatchObject({ message: 'Skipcall is unavailable.', status: 503, retryAfterSeconds: 2 })
    expect(retryHint(error)).toEqual({ retryable: true, retryAfterSeconds: 2 })
    const detail = browser.getQueryState(['detail'])?.error
    expect(detail).toBeInstanceOf(SourceFailure)
    expect((detail as SourceFailure).sourceError.message).toBe('No call.')
    // The hint reads through the rebuilt class: the browser must not offer Retry for a refused key.
    expect(retryHint(detail)).toEqual({ retryable: false, retryAfterSeconds: null })
  })

  it('leaves out what cannot or must not travel: browser-only queries, raw answers, unfinished ones', async () => {
    const server = new QueryClient()
    server.setQueryData(['timeline'], { pipeline: () => 1 })
    server.getQueryCache().find({ queryKey: ['timeline'] })!.options.meta = BROWSER_ONLY
    await server.prefetchQuery({
      queryKey: ['raw'],
      queryFn: () => ({ headers: new Headers() }),
      meta: NOT_CARRIED,
    })
    void server.prefetchQuery({ queryKey: ['slow'], queryFn: () => new Promise(() => {}) })
    const keys = dehydrateForPage(server).queries.map((query) => query.queryKey)
    expect(keys).toEqual([])
  })
})

describe('the embedded page state', () => {
  it('cannot close its script element, and reads back the same', () => {
    const state = {
      router: { loaderData: {}, actionData: null, errors: null },
      queries: { mutations: [], queries: [] },
      renderZone: 'UTC',
      prefs: { note: '</script><script>alert(1)</script>\u2028' },
    }
    const json = serializePageState(state)
    expect(json).not.toContain('</script')
    expect(json).not.toContain('\u2028')
    document.body.innerHTML = `<script type="application/json" id="${PAGE_STATE_ID}">${json}</script>`
    expect(readPageState(document)).toEqual(state)
    document.body.innerHTML = `<script type="application/json" id="${PAGE_STATE_ID}">{broken</script>`
    expect(readPageState(document)).toBeNull()
  })
})

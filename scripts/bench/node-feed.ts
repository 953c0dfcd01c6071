// The calls page's data path without a browser: the same merged feed, adapters and URL contract the SPA
// uses (imported from src/, run by tsx), fetching through the same gateway over HTTP. It yields the
// baseline rows for the static page, the data-only time to the first rows, and how many calls the feed
// can reach for the scrolling benchmark.
import { SOURCES } from '#domain/call'
import { gatewayUrl } from '#lib/provider-fetcher'
import { createMergedFeed } from '#providers/merged-feed'
import { planLeadpingCallList } from '#providers/leadping/to-query'
import { planTelnyxCallList, telnyxEventsQueryString, TELNYX_PAGE_SIZE } from '#providers/telnyx/to-query'
import { parseCallsView, toCallFilters } from '../../src/features/calls/url-state/calls-url-state'
import type { ProviderFetcher } from '#domain/feed'
import { SIM_NOW } from './config'

type Counter = {
  requests: number
  bytes: number
  log?: { request: string; ms: number; bytes: number }[]
}

/** The feed's filters for the calls page URL `params`, at SIM_NOW (as the page computes them). */
export function filtersFor(params: string) {
  const { view } = parseCallsView(new URLSearchParams(params))
  return toCallFilters(view, new Date(SIM_NOW))
}

function gatewayFetcher(baseURL: string, counter: Counter): ProviderFetcher {
  return async (request, signal) => {
    counter.requests++
    const started = performance.now()
    const headers: Record<string, string> = { accept: 'application/json' }
    const init: RequestInit = { method: request.method, headers, signal: signal ?? null }
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json'
      init.body = JSON.stringify(request.body)
    }
    const response = await fetch(`${baseURL}${gatewayUrl(request)}`, init)
    const text = await response.text()
    counter.bytes += text.length
    counter.log?.push({
      request: `${request.method} ${request.source}${request.path}${request.query ? `?${request.query}` : ''}`,
      ms: Math.round(performance.now() - started),
      bytes: text.length,
    })
    let body: unknown = text === '' ? null : text
    if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        // handed on as text, like the SPA's fetcher
      }
    }
    return { status: response.status, headers: response.headers, body }
  }
}

function newFeed(baseURL: string, params: string, counter: Counter) {
  const filters = filtersFor(params)
  return createMergedFeed({
    filters,
    sources: filters.sources.length ? filters.sources : [...SOURCES],
    fetcher: gatewayFetcher(baseURL, counter),
    now: () => new Date(SIM_NOW),
  })
}

/** The first `count` calls of a view and how long the data path took to produce them. */
export async function firstCalls(baseURL: string, params: string, count: number) {
  const counter: Counter = { requests: 0, bytes: 0, log: [] }
  const started = performance.now()
  const snapshot = await newFeed(baseURL, params, counter).loadMore(count)
  return {
    ms: performance.now() - started,
    calls: snapshot.calls.slice(0, count),
    requests: counter.requests,
    bytes: counter.bytes,
    log: counter.log,
  }
}

/** Loads a view until `target` calls, the end of every source, or `limitMs`; reports how far it got. */
export async function feedReach(
  baseURL: string,
  params: string,
  target: number,
  limitMs: number,
  step = 2_000,
) {
  const counter: Counter = { requests: 0, bytes: 0 }
  const feed = newFeed(baseURL, params, counter)
  const started = performance.now()
  let snapshot = feed.snapshot()
  while (snapshot.calls.length < target && !snapshot.done && performance.now() - started < limitMs) {
    snapshot = await feed.loadMore(step)
  }
  return {
    reached: snapshot.calls.length,
    done: snapshot.done,
    ms: Math.round(performance.now() - started),
    requests: counter.requests,
    megabytes: Math.round(counter.bytes / 1e5) / 10,
    perSource: Object.fromEntries(snapshot.sources.map((s) => [s.source, s.emitted])),
  }
}

/** The list requests the calls page sends for its default view (last 24 hours), for the load test. */
export function defaultViewRequests() {
  const filters = filtersFor('')
  const telnyx = planTelnyxCallList(filters, new Date(SIM_NOW))
  const leadping = planLeadpingCallList(filters)
  const initiated = telnyx.kind === 'scan' ? telnyx.streams.initiated[0] : undefined
  return {
    telnyxInitiated: `/v2/call_events?${telnyxEventsQueryString({
      ...initiated,
      page: { number: 1, size: TELNYX_PAGE_SIZE },
    })}`,
    leadpingBody: leadping.kind === 'scan' ? leadping.body : { pageSize: 100 },
  }
}

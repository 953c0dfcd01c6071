import type { Source } from '#domain/call'
import type { ProviderFetcher, ProviderResponse } from '#domain/feed'
import type { ServerConfig } from '../config'
import { exchange } from '../gateway/exchange'
import type { SimulatorUpstream } from '../simulator-upstream'
import { upstreamTarget } from '../gateway/upstream-target'
import type { RateBudget } from './rate-budget'

const MAX_RESPONSE_BYTES = 64 * 1024 * 1024

function readBody(bytes: Uint8Array | null, contentType: string | null): unknown {
  if (bytes === null || bytes.length === 0) return null
  const text = new TextDecoder().decode(bytes)
  if (!(contentType ?? '').includes('json')) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Truncated or malformed: the adapter reports it as an unreadable body, in plain words.
    return text
  }
}

function retryAfterMs(headers: Headers, nowMs: number): number | null {
  const value = headers.get('retry-after')
  if (value === null) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return nowMs + Math.max(0, seconds) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : date
}

export type UpstreamFetcherOptions = {
  config: ServerConfig
  simulator: SimulatorUpstream | undefined
  budget: RateBudget
  /** The host the dashboard is reached at, so simulator recording links point back at this server. */
  publicHost: string
}

/**
 * The sync's ProviderFetcher: the same road as the gateway (upstream target, key injection, deadline,
 * redirect refusal) without a browser at the other end. Every request first waits for the provider's
 * shared rate budget; a 429 pauses that provider for its Retry-After.
 */
export function createUpstreamFetcher(options: UpstreamFetcherOptions): ProviderFetcher {
  const { config, simulator, budget } = options
  return async (request, signal) => {
    const source: Source = request.source
    // The simulator answers in-process and SQLite is synchronous, so without this a sync could chain
    // microtasks for minutes and starve every HTTP request (at SIM_SCALE=47 /healthz waited 177 s).
    await new Promise((resolve) => setImmediate(resolve))
    await budget.acquire(source, signal)
    const target = upstreamTarget(config.providers[source], simulator, {
      headers: new Headers({ host: options.publicHost }),
      url: `http://${options.publicHost}/`,
    })
    if (!target) throw new Error(`${source} has no API key and the simulator is not available`)
    const headers = new Headers({ accept: 'application/json', 'user-agent': 'calltrail-sync' })
    headers.set('authorization', `Bearer ${target.key}`)
    for (const [name, value] of Object.entries(target.extraHeaders)) headers.set(name, value)
    const init: RequestInit = { method: request.method, headers }
    if (request.body !== undefined) {
      headers.set('content-type', 'application/json')
      init.body = JSON.stringify(request.body)
    }
    const url = `${target.base}${request.path}${request.query ? `?${request.query}` : ''}`
    const result = await exchange(target.send, url, init, {
      timeoutMs: config.upstreamTimeoutMs,
      clientSignal: signal ?? new AbortController().signal,
      maxResponseBytes: MAX_RESPONSE_BYTES,
    })
    if (result.kind === 'client-gone') throw signal?.reason ?? new Error('aborted')
    if (result.kind !== 'response') {
      // Thrown like a browser fetch failure: the adapter describes it ("did not answer in time").
      throw new Error(result.kind === 'timeout' ? 'upstream timeout' : `upstream ${result.kind}`)
    }
    if (result.status === 429) {
      const until = retryAfterMs(result.headers, Date.now()) ?? Date.now() + 30_000
      budget.pauseUntil(source, until)
    }
    const response: ProviderResponse = {
      status: result.status,
      headers: result.headers,
      body: readBody(result.body, result.headers.get('content-type')),
    }
    return response
  }
}

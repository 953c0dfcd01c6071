import { Hono, type Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ServerConfig } from '../config'
import { SOURCE_LABELS, SOURCES, type Source } from '#domain/call'
import { checkQuery } from './query-rules'
import { matchEndpoint } from './allowlist'
import { isJsonContentType, readLimitedBody } from '../http/body'
import { jsonError } from '../http/errors'
import { exchange, type ExchangeResult } from './exchange'
import { browserResponseHeaders, upstreamRequestHeaders } from './headers'
import type { Logger } from '../http/logger'
import { guardTarget, rawTarget } from './path-guard'
import { redactBytes, redactHeaders } from './redact'
import type { SimulatorUpstream } from '../simulator-upstream'
import { describeMediaType, isJsonMediaType, RELAYED_BODY_HEADERS, RELAYED_JSON_TYPE } from './relayed-types'
import { mediaTypeOf } from '../http/media-type'
import { upstreamTarget } from './upstream-target'
import type { RateBudget } from '../sync/rate-budget'

const MAX_RESPONSE_BYTES = 32 * 1024 * 1024

function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => (out[name] = value))
  return out
}

function isProvider(value: string | undefined): value is Source {
  return SOURCES.some((id) => id === value)
}

/**
 * Answers what came back from upstream: the status, headers filtered and the key masked. Only JSON bodies
 * are passed on, under our own type; anything else becomes our own error naming the provider (keeping an
 * upstream error status, so a 429 or 503 still reads as one).
 */
function relay(c: Context, provider: Source, result: ExchangeResult, key: string): Response {
  const name = SOURCE_LABELS[provider]
  switch (result.kind) {
    case 'timeout':
      return jsonError(c, 504, 'upstream_timeout', `${name} did not answer in time.`, provider)
    case 'unreachable':
      return jsonError(c, 502, 'upstream_unreachable', `${name} could not be reached.`, provider)
    case 'too-large':
      return jsonError(c, 502, 'upstream_too_large', `${name} sent a response that is too large.`, provider)
    case 'client-gone':
      return jsonError(c, 502, 'client_closed', 'The request was abandoned.', provider)
    case 'response': {
      const headers = redactHeaders(browserResponseHeaders(result.headers), key)
      headers.delete('content-type')
      headers.set('cache-control', 'no-store')
      if (!result.body || result.body.byteLength === 0) {
        return new Response(null, { status: result.status, headers })
      }
      const type = mediaTypeOf(result.headers.get('content-type'))
      if (!isJsonMediaType(type)) {
        const status = result.status >= 400 ? (result.status as ContentfulStatusCode) : 502
        const message = `${name} answered with ${describeMediaType(type)} instead of JSON; it was not passed on.`
        return jsonError(c, status, 'upstream_not_json', message, provider, headersRecord(headers))
      }
      headers.set('content-type', RELAYED_JSON_TYPE)
      for (const [header, value] of Object.entries(RELAYED_BODY_HEADERS)) headers.set(header, value)
      return new Response(redactBytes(result.body, key), { status: result.status, headers })
    }
  }
}

type Deps = {
  simulator?: SimulatorUpstream
  logger: Logger
  /** The providers' rate budget, shared with the index's sync: people's reads count against it too. */
  budget?: RateBudget
}

/**
 * `/api/<provider>/<documented path>`: the only road from the browser to a provider. The raw target is
 * checked before anything else, only allowlisted endpoints pass with only their documented query
 * parameters (query-rules.ts), and the upstream URL is rebuilt from the validated segments, the
 * provider's base URL and the checked query exactly as the browser sent it.
 */
export function apiRoutes(config: ServerConfig, deps: Deps) {
  const app = new Hono()

  async function handle(c: Context): Promise<{ response: Response; provider?: Source; path?: string }> {
    const method = c.req.method
    const target = guardTarget(rawTarget(c.env, c.req.url))
    if (!target.ok) return { response: jsonError(c, 404, 'invalid_path', 'This path is not allowed.') }
    const [, providerSegment, ...segments] = target.segments
    if (!isProvider(providerSegment)) {
      return { response: jsonError(c, 404, 'unknown_provider', 'There is no such provider.') }
    }
    const provider = providerSegment
    const match = matchEndpoint(provider, method, segments)
    if (match.kind === 'unknown') {
      const message = `This is not an allowed ${SOURCE_LABELS[provider]} endpoint.`
      return { provider, response: jsonError(c, 404, 'unknown_endpoint', message, provider) }
    }
    if (match.kind === 'wrong-method') {
      const allow = match.allow.join(', ')
      const message = `${method} is not allowed here; use ${allow}.`
      return { provider, response: jsonError(c, 405, 'method_not_allowed', message, provider, { allow }) }
    }
    const { path } = match
    const query = checkQuery(provider, match.endpoint, target.query)
    if (!query.ok) {
      return { provider, path, response: jsonError(c, 400, 'invalid_query', query.message, provider) }
    }
    const init: RequestInit = { method, headers: upstreamRequestHeaders(c.req.raw.headers) }
    if (method === 'POST') {
      if (!isJsonContentType(c.req.header('content-type'))) {
        const message = 'Request bodies must be application/json.'
        return { provider, path, response: jsonError(c, 415, 'unsupported_media_type', message, provider) }
      }
      const body = await readLimitedBody(c.req.raw, config.maxBodyBytes)
      if (!body.ok) {
        const message = `The request body is larger than ${config.maxBodyBytes} bytes.`
        return { provider, path, response: jsonError(c, 413, 'payload_too_large', message, provider) }
      }
      try {
        JSON.parse(new TextDecoder().decode(body.bytes))
      } catch {
        const message = 'The request body is not valid JSON.'
        return { provider, path, response: jsonError(c, 400, 'invalid_json', message, provider) }
      }
      init.body = body.bytes
    }
    const upstream = upstreamTarget(config.providers[provider], deps.simulator, {
      headers: c.req.raw.headers,
      url: c.req.url,
    })
    if (!upstream) {
      const message = `${SOURCE_LABELS[provider]} has no API key and the simulator is not available.`
      return { provider, path, response: jsonError(c, 503, 'simulator_unavailable', message, provider) }
    }
    deps.budget?.record(provider)
    const headers = new Headers(init.headers)
    headers.set('authorization', `Bearer ${upstream.key}`)
    headers.set('user-agent', 'calltrail-gateway')
    for (const [name, value] of Object.entries(upstream.extraHeaders)) headers.set(name, value)
    const url = upstream.base + path + (target.query ? `?${target.query}` : '')
    const result = await exchange(
      upstream.send,
      url,
      { ...init, headers },
      {
        timeoutMs: config.upstreamTimeoutMs,
        clientSignal: c.req.raw.signal,
        maxResponseBytes: MAX_RESPONSE_BYTES,
      },
    )
    return { provider, path, response: relay(c, provider, result, upstream.key) }
  }

  app.all('/api/*', async (c) => {
    const started = performance.now()
    const { response, provider, path } = await handle(c)
    const ms = Math.round(performance.now() - started)
    // The path is logged without its query: Telnyx filters carry phone numbers.
    deps.logger.info(`${c.req.method} ${provider ?? '-'} ${path ?? '(rejected)'} ${response.status} ${ms}ms`)
    return response
  })

  return app
}

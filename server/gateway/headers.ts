/**
 * Which headers cross the gateway. Both directions are allowlists: the browser's cookies, Authorization
 * and X-Forwarded-* never reach a provider, and a provider's Set-Cookie, hop-by-hop and encoding headers
 * never reach the browser.
 */
const REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-none-match', 'if-modified-since']

const RESPONSE_HEADERS = [
  'content-type',
  'content-language',
  'retry-after',
  'etag',
  'last-modified',
  'x-request-id',
]
/** Telnyx and Skipcall report quota in x-ratelimit-limit / -remaining / -reset. */
const RESPONSE_HEADER_PREFIXES = ['x-ratelimit-']

/** Media responses also need what makes seeking work. */
const MEDIA_RESPONSE_HEADERS = [
  ...RESPONSE_HEADERS,
  'content-length',
  'content-range',
  'accept-ranges',
  'cache-control',
]
const MEDIA_REQUEST_HEADERS = ['accept', 'range', 'if-range', 'if-none-match', 'if-modified-since']

function pick(source: Headers, names: readonly string[], prefixes: readonly string[] = []): Headers {
  const out = new Headers()
  source.forEach((value, name) => {
    if (names.includes(name) || prefixes.some((prefix) => name.startsWith(prefix))) out.set(name, value)
  })
  return out
}

export function upstreamRequestHeaders(browser: Headers): Headers {
  return pick(browser, REQUEST_HEADERS)
}

export function browserResponseHeaders(upstream: Headers): Headers {
  return pick(upstream, RESPONSE_HEADERS, RESPONSE_HEADER_PREFIXES)
}

export function mediaRequestHeaders(browser: Headers): Headers {
  return pick(browser, MEDIA_REQUEST_HEADERS)
}

export function mediaResponseHeaders(upstream: Headers): Headers {
  return pick(upstream, MEDIA_RESPONSE_HEADERS, RESPONSE_HEADER_PREFIXES)
}

import type { ProviderFetcher, ProviderRequest, ProviderResponse } from '../domain/feed'

/** Where the gateway exposes a provider's documented path to the SPA. */
export function gatewayUrl(request: Pick<ProviderRequest, 'source' | 'path' | 'query'>): string {
  return `/api/${request.source}${request.path}${request.query ? `?${request.query}` : ''}`
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return null
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    // A truncated or malformed body is handed on as text: the adapter reports it as a data problem.
    return text
  }
}

/**
 * The SPA's ProviderFetcher: one same-origin request to the gateway, which holds the keys. It never
 * throws for HTTP statuses (adapters turn each provider's error body into plain words); it throws only
 * when no answer arrived at all (network down, aborted).
 */
export const fetchFromGateway: ProviderFetcher = async (request, signal) => {
  const init: RequestInit = {
    method: request.method,
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  }
  if (request.body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' }
    init.body = JSON.stringify(request.body)
  }
  const response = await fetch(gatewayUrl(request), init)
  const result: ProviderResponse = {
    status: response.status,
    headers: response.headers,
    body: await readBody(response),
  }
  return result
}

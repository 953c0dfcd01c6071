import type { ProviderFetcher, ProviderRequest, ProviderResponse } from '#domain/feed'

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

/** The gateway's own 401 is `{error:{code:'unauthenticated'}}`; a provider's 401 has its own shape. */
async function isSessionExpired(response: Response): Promise<boolean> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } } | null
    return typeof body?.error === 'object' && body.error.code === 'unauthenticated'
  } catch {
    return false
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
  if (response.status === 401 && (await isSessionExpired(response.clone()))) {
    // Our own session ended (not the provider's key): go to sign-in and come back here afterwards.
    const next = `${window.location.pathname}${window.location.search}`
    window.location.assign(`/auth/sign-in?next=${encodeURIComponent(next)}`)
  }
  const result: ProviderResponse = {
    status: response.status,
    headers: response.headers,
    body: await readBody(response),
  }
  return result
}

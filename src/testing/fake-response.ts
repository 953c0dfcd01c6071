import type { ProviderResponse } from '#domain/feed'

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ProviderResponse {
  return { status, headers: new Headers({ 'content-type': 'application/json', ...headers }), body }
}

/** Reads `a=1&b=2` (values percent-decoded, keys literal) into a multimap. */
export function readQuery(query: string | undefined): Map<string, string[]> {
  const params = new Map<string, string[]>()
  for (const pair of (query ?? '').split('&')) {
    if (pair === '') continue
    const [key = '', value = ''] = pair.split('=')
    params.set(key, [...(params.get(key) ?? []), decodeURIComponent(value)])
  }
  return params
}

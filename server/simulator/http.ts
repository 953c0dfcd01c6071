/** Small helpers shared by the provider routers. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  })
}

const HOST_RE = /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i

/**
 * The public origin of this server as the browser sees it, from the gateway's X-Forwarded-* headers,
 * so recording URLs point at `/sim-media/…` on the same host. Anything malformed falls back to the
 * request's own origin rather than being echoed into a URL.
 */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url)
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? ''
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() ?? ''
  const safeProto = proto === 'http' || proto === 'https' ? proto : url.protocol.replace(':', '')
  return HOST_RE.test(host) ? `${safeProto}://${host}` : url.origin
}

export type RouteParams = Record<string, string>
export type Route<C> = {
  method: string
  pattern: RegExp
  keys: string[]
  handler: (ctx: C, request: Request, params: RouteParams, url: URL) => Response | Promise<Response>
}

/** Compiles `/v1/calls/{id}` into a route; path parameters match one segment. */
export function route<C>(method: string, path: string, handler: Route<C>['handler']): Route<C> {
  const keys: string[] = []
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, key: string) => {
    keys.push(key)
    return '([^/]+)'
  })
  return { method, pattern: new RegExp(`^${source}$`), keys, handler }
}

export type RouteMatch<C> = { route: Route<C>; params: RouteParams } | { methodNotAllowed: true } | null

export function matchRoute<C>(routes: Route<C>[], method: string, pathname: string): RouteMatch<C> {
  let pathMatched = false
  for (const r of routes) {
    const m = r.pattern.exec(pathname)
    if (!m) continue
    pathMatched = true
    if (r.method !== method && !(r.method === 'GET' && method === 'HEAD')) continue
    const params: RouteParams = {}
    try {
      r.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] ?? '')
      })
    } catch {
      return null
    }
    return { route: r, params }
  }
  return pathMatched ? { methodNotAllowed: true } : null
}

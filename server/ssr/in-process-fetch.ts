import { AsyncLocalStorage } from 'node:async_hooks'

/** Answers a same-origin path inside this process, as the page's own request would be answered. */
export type InProcessFetch = (path: string, init?: RequestInit) => Promise<Response>

const current = new AsyncLocalStorage<InProcessFetch>()
let installed = false

/**
 * The app's code asks for `/api/…` with a relative URL, as a browser would. While a page renders on the
 * server, such a request is answered by the app itself, in this process, with the page request's
 * credentials: it passes the same access control and the same gateway a browser's request would (no
 * loopback socket, no second policy). Outside a render, and for absolute URLs, fetch is untouched.
 */
export function withInProcessFetch<T>(fetchHere: InProcessFetch, run: () => T): T {
  if (!installed) {
    const original = globalThis.fetch
    globalThis.fetch = (input, init) => {
      const here = current.getStore()
      if (here && typeof input === 'string' && input.startsWith('/') && !input.startsWith('//')) {
        return here(input, init)
      }
      return original(input, init)
    }
    installed = true
  }
  return current.run(fetchHere, run)
}

/** Headers of the page request an in-process request keeps: who is asking and where, never an encoding. */
const DROPPED = new Set(['accept', 'accept-encoding', 'content-length', 'content-type', 'connection'])

export function inProcessRequest(pageRequest: Request, path: string, init: RequestInit = {}): Request {
  const headers = new Headers()
  pageRequest.headers.forEach((value, name) => {
    if (!DROPPED.has(name)) headers.set(name, value)
  })
  new Headers(init.headers).forEach((value, name) => headers.set(name, value))
  return new Request(new URL(path, pageRequest.url), {
    ...init,
    headers,
    signal: init.signal ?? pageRequest.signal,
  })
}

/**
 * The page request's server environment, as seen by one of its in-process requests: the same socket (the
 * peer address that access control and the sign-in limiter read), but that request's own target, which
 * the gateway's path guard reads as the raw request line (server/gateway/path-guard.ts).
 */
export function inProcessEnv(pageEnv: unknown, path: string): unknown {
  if (typeof pageEnv !== 'object' || pageEnv === null || !('incoming' in pageEnv)) return pageEnv
  const incoming: unknown = pageEnv.incoming
  if (typeof incoming !== 'object' || incoming === null) return pageEnv
  return {
    ...pageEnv,
    incoming: Object.create(incoming, { url: { value: path, enumerable: true } }) as object,
  }
}

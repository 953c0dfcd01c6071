import type { Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Context, MiddlewareHandler } from 'hono'
import { createEncoder, isCompressible, negotiate } from './static-encoding'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
}

type StaticFile = { full: string; info: Stats; body: Buffer }

/**
 * Serves the built SPA. Files under /assets/ carry a content hash in their name, so they are
 * cached for a year and marked immutable; everything else (index.html above all) is revalidated
 * on each load so a deploy is picked up at once. Any other GET that wants HTML gets index.html,
 * which lets the client router handle deep links such as /calls/telnyx/abc. Text files are sent
 * with brotli or gzip when the browser accepts it (see static-encoding.ts); only this middleware
 * compresses, so gateway answers still pass through byte for byte.
 */
export type SpaOptions = {
  /** Renders a page's HTML on the server; null means "send index.html" (server/ssr/render-page.ts). */
  renderPage?: (c: Context) => Promise<Response | null>
}

export function serveSpa(staticDir: string, options: SpaOptions = {}): MiddlewareHandler {
  const root = resolve(staticDir)
  const encoded = createEncoder()

  async function file(path: string): Promise<StaticFile | null> {
    const full = normalize(join(root, path))
    if (full !== root && !full.startsWith(root + sep)) return null
    try {
      const info = await stat(full)
      if (!info.isFile()) return null
      return { full, info, body: await readFile(full) }
    } catch {
      return null
    }
  }

  async function send(c: Context, path: string, found: StaticFile, cacheControl: string) {
    const headers: Record<string, string> = {
      'content-type': MIME[extname(path)] ?? 'application/octet-stream',
      'cache-control': cacheControl,
    }
    let body = found.body
    if (isCompressible(path, body.length)) {
      // Caches must keep one copy per encoding, even of the identity answer.
      headers['vary'] = 'Accept-Encoding'
      const encoding = negotiate(c.req.header('accept-encoding'))
      const smaller = encoding ? await encoded(found.full, found.info, body, encoding) : null
      if (encoding && smaller) {
        body = smaller
        headers['content-encoding'] = encoding
      }
    }
    headers['content-length'] = String(body.length)
    return c.body(new Uint8Array(body), 200, headers)
  }

  async function page(c: Context) {
    if (c.req.method === 'GET' && options.renderPage) {
      const rendered = await options.renderPage(c)
      if (rendered) return rendered
    }
    return index(c)
  }

  async function index(c: Context) {
    const found = await file('index.html')
    if (!found) return c.text('The dashboard is not built yet: run `npm run build`.', 503)
    return send(c, 'index.html', found, 'no-cache')
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    let path: string
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname)
    } catch {
      return next()
    }
    if (path === '/') return page(c)
    if (path === '/index.html') return index(c)
    const found = path.includes('\0') ? null : await file(path)
    if (found) {
      const immutable = path.startsWith('/assets/')
      return send(c, path, found, immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    }
    if (path.startsWith('/assets/') || extname(path) !== '') return next()
    const accept = c.req.header('accept') ?? ''
    if (accept.includes('text/html') || accept.includes('*/*') || accept === '') return page(c)
    return next()
  }
}

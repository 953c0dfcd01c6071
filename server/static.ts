import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Context, MiddlewareHandler } from 'hono'

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

/**
 * Serves the built SPA. Files under /assets/ carry a content hash in their name, so they are
 * cached for a year and marked immutable; everything else (index.html above all) is revalidated
 * on each load so a deploy is picked up at once. Any other GET that wants HTML gets index.html,
 * which lets the client router handle deep links such as /calls/telnyx/abc.
 */
export function serveSpa(staticDir: string): MiddlewareHandler {
  const root = resolve(staticDir)
  const indexCache: { body?: Buffer } = {}

  async function file(path: string): Promise<Buffer | null> {
    const full = normalize(join(root, path))
    if (full !== root && !full.startsWith(root + sep)) return null
    try {
      const info = await stat(full)
      if (!info.isFile()) return null
      return await readFile(full)
    } catch {
      return null
    }
  }

  async function index(c: Context) {
    indexCache.body ??= (await file('index.html')) ?? undefined
    if (!indexCache.body) return c.text('The dashboard is not built yet: run `npm run build`.', 503)
    return c.body(new Uint8Array(indexCache.body), 200, {
      'content-type': MIME['.html']!,
      'cache-control': 'no-cache',
    })
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    let path: string
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname)
    } catch {
      return next()
    }
    if (path === '/' || path === '/index.html') return index(c)
    const body = path.includes('\0') ? null : await file(path)
    if (body) {
      const immutable = path.startsWith('/assets/')
      return c.body(new Uint8Array(body), 200, {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
    }
    if (path.startsWith('/assets/') || extname(path) !== '') return next()
    const accept = c.req.header('accept') ?? ''
    if (accept.includes('text/html') || accept.includes('*/*') || accept === '') return index(c)
    return next()
  }
}

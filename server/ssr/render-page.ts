import { Readable, PassThrough, type Transform } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import type { Context } from 'hono'
import { PAGE_STATE_ID } from '#domain/page-render'
import type { Logger } from '../http/logger'
import { negotiate } from '../static-encoding'
import { inProcessEnv, inProcessRequest, withInProcessFetch } from './in-process-fetch'
import { assetLinks, paintAfterLinks, routeAssets } from './page-assets'
import { loadPageRenderer, type PageRenderer } from './page-renderer'
import { stateScript } from './page-template'

export type PageRenderingOptions = {
  staticDir: string
  /** The app itself: a page's data requests are answered by it in-process (see in-process-fetch.ts). */
  fetchApp: (request: Request, env: unknown) => Response | Promise<Response>
  logger: Logger
  /** How long a page waits for its data before it is sent with what has arrived (the rest loads in the browser). */
  dataWaitMs: number
}

/** Streams compress with a flush after the head, so the browser starts on CSS and JS at once. */
function encoder(encoding: 'br' | 'gzip' | null): Transform {
  if (encoding === 'br') return createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
  if (encoding === 'gzip') return createGzip()
  return new PassThrough()
}

/**
 * Renders a page's HTML on the server (docs/decisions/server-rendering.md): the head (with the route's
 * CSS and preloads) goes out at once, the app's markup follows as soon as its data is there, then the
 * embedded state. Answers null when the page cannot be rendered here (no bundle, a renderer failure before
 * anything was sent): the caller then sends index.html and the browser renders the page itself.
 */
export function pageRendering(options: PageRenderingOptions) {
  let loading: Promise<PageRenderer | null> | null = null
  const renderer = () =>
    (loading ??= loadPageRenderer(options.staticDir).then((found) => {
      if (!found) options.logger.info('pages: no server-rendering bundle; the browser renders them')
      return found
    }))

  return async (c: Context): Promise<Response | null> => {
    const found = await renderer()
    if (!found) return null
    const pageRequest = c.req.raw
    const fetchHere = (path: string, init?: RequestInit) =>
      Promise.resolve(options.fetchApp(inProcessRequest(pageRequest, path, init), inProcessEnv(c.env, path)))
    const page = {
      url: pageRequest.url,
      cookie: pageRequest.headers.get('cookie'),
      signal: pageRequest.signal,
      dataWaitMs: options.dataWaitMs,
    }
    let start
    try {
      start = await withInProcessFetch(fetchHere, () => found.module.startPage(page))
    } catch (error) {
      options.logger.warn(`pages: render failed before sending (${c.req.path}): ${String(error)}`)
      return null
    }
    if (start.kind === 'redirect') {
      return new Response(null, { status: start.status, headers: { location: start.location } })
    }
    const { template, manifest } = found
    const encoding = negotiate(c.req.header('accept-encoding'))
    const sink = encoder(encoding)
    const flush = () => {
      if ('flush' in sink && typeof sink.flush === 'function') (sink.flush as () => void)()
    }
    sink.write(
      template.head +
        assetLinks(routeAssets(manifest, start.routeModules), template.source) +
        paintAfterLinks(start.paintAfter),
    )
    sink.write(template.beforeRoot)
    flush()
    const finish = start.finish
    void (async () => {
      try {
        const body = await withInProcessFetch(fetchHere, finish)
        for (const problem of body.problems) options.logger.warn(`pages: ${c.req.path}: ${problem}`)
        sink.write(body.html)
        sink.end(template.afterRoot.replace('</div>', `</div>${stateScript(PAGE_STATE_ID, body.state)}`))
      } catch (error) {
        // The head is out: finish the document empty, and the browser renders the page on its own.
        if (!pageRequest.signal.aborted) {
          options.logger.warn(`pages: render failed while streaming (${c.req.path}): ${String(error)}`)
        }
        sink.end(template.afterRoot)
      }
    })()
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      // The HTML carries this person's data: never stored by a shared cache, never reused.
      'cache-control': 'no-store',
      vary: 'Accept-Encoding, Cookie',
    }
    if (encoding) headers['content-encoding'] = encoding
    return new Response(Readable.toWeb(sink) as ReadableStream<Uint8Array>, { status: start.status, headers })
  }
}

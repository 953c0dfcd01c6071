// Bytes a cold load really downloads: every script and stylesheet response of a fresh context, raw
// and compressed. The server sends them uncompressed (it has no Content-Encoding), so the compressed
// sizes are computed here: gzip at zlib's default level 6 (what a reverse proxy would send) and brotli.
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { openPage } from './browser'

export type Sizes = { raw: number; gzip: number; brotli: number }
export type Asset = Sizes & { url: string; kind: 'js' | 'css' }

export function compressedSizes(buffer: Buffer): Sizes {
  return { raw: buffer.length, gzip: gzipSync(buffer).length, brotli: brotliCompressSync(buffer).length }
}

function assetKind(url: string, resourceType: string): 'js' | 'css' | null {
  const path = new URL(url).pathname
  if (resourceType === 'script' || path.endsWith('.js')) return 'js'
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css'
  return null
}

/** Waits until no script or stylesheet has arrived for `quietMs` (lazy route chunks load after start-up). */
async function settle(isQuietSince: () => number, quietMs: number, limitMs: number) {
  const deadline = Date.now() + limitMs
  while (Date.now() < deadline && Date.now() - isQuietSince() < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The JS and CSS files a cold load of `path` fetches, with their sizes. */
export async function coldLoadAssets(browser: Browser, baseURL: string, path: string): Promise<Asset[]> {
  const session = await openPage(browser, baseURL)
  const pending: Promise<Asset | null>[] = []
  let lastAssetAt = Date.now()
  session.page.on('response', (response) => {
    const kind = assetKind(response.url(), response.request().resourceType())
    if (!kind || !response.url().startsWith(baseURL)) return
    lastAssetAt = Date.now()
    pending.push(
      response.body().then(
        (body) => ({ url: new URL(response.url()).pathname, kind, ...compressedSizes(body) }),
        () => null,
      ),
    )
  })
  try {
    await session.page.goto(path, { waitUntil: 'load' })
    // Route chunks are imported once the entry has run, which on a busy machine can be seconds after
    // the entry arrived: wait for the route's page heading (every page has one), for the network to go
    // quiet, then for no new asset for a while.
    await session.page.waitForSelector('main h1', { timeout: 30_000 }).catch(() => {})
    await session.page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {})
    lastAssetAt = Math.max(lastAssetAt, Date.now())
    await settle(() => lastAssetAt, 1_500, 15_000)
    const files = (await Promise.all(pending)).filter((f) => f !== null)
    return [...new Map(files.map((f) => [f.url, f])).values()]
  } finally {
    await session.close()
  }
}

function totals(files: Asset[]) {
  const sum = (kind: Asset['kind'], key: keyof Sizes) =>
    files.filter((f) => f.kind === kind).reduce((n, f) => n + f[key], 0)
  return {
    js: { raw: sum('js', 'raw'), gzip: sum('js', 'gzip'), brotli: sum('js', 'brotli') },
    css: { raw: sum('css', 'raw'), gzip: sum('css', 'gzip'), brotli: sum('css', 'brotli') },
    files: files.length,
  }
}

/**
 * The first load of /calls, and for every other route what it adds on top of it (its lazily loaded
 * chunks: the files its cold load fetches that /calls did not).
 */
export async function measureBundles(
  browser: Browser,
  baseURL: string,
  routes: { name: string; path: string }[],
) {
  const first = await coldLoadAssets(browser, baseURL, '/calls')
  const firstUrls = new Set(first.map((f) => f.url))
  const routeSizes: {
    name: string
    path: string
    coldLoad: ReturnType<typeof totals>
    lazy: ReturnType<typeof totals> & { assets: Asset[] }
  }[] = []
  const result = { firstLoad: { path: '/calls', ...totals(first), assets: first }, routes: routeSizes }
  for (const route of routes) {
    const files = await coldLoadAssets(browser, baseURL, route.path)
    const extra = files.filter((f) => !firstUrls.has(f.url))
    result.routes.push({
      name: route.name,
      path: route.path,
      coldLoad: totals(files),
      lazy: { ...totals(extra), assets: extra },
    })
  }
  return result
}

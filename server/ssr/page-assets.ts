/**
 * The head links of a server-rendered page: the matched route's CSS (so the HTML is styled on first paint,
 * without a flash or a shift when the route's chunk later arrives) and module preloads of its JS (so the
 * browser fetches it while the HTML is still streaming). Read from Vite's client manifest.
 */

type ManifestChunk = { file: string; css?: string[]; imports?: string[] }
export type ViteManifest = Record<string, ManifestChunk>

export function routeAssets(manifest: ViteManifest, modules: string[]): { css: string[]; js: string[] } {
  const css = new Set<string>()
  const js = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return
    js.add(chunk.file)
    for (const file of chunk.css ?? []) css.add(file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const module of modules) visit(module)
  return { css: [...css], js: [...js] }
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** Link tags for the assets the page's HTML does not already reference. */
export function assetLinks(assets: { css: string[]; js: string[] }, template: string): string {
  const links: string[] = []
  for (const file of assets.css) {
    if (!template.includes(`/${file}"`))
      links.push(`<link rel="stylesheet" crossorigin href="/${escapeAttr(file)}">`)
  }
  for (const file of assets.js) {
    if (!template.includes(`/${file}"`))
      links.push(`<link rel="modulepreload" crossorigin href="/${escapeAttr(file)}">`)
  }
  return links.join('')
}

/**
 * Holds the browser's first paint until each element is fully parsed (`rel=expect`, Chromium 124+; other
 * browsers ignore it). Only for elements near the top of the page: a missing one holds the paint until the
 * whole document is parsed.
 */
export function paintAfterLinks(ids: string[]): string {
  return ids
    .map((id) => `<link rel="expect" href="#${escapeAttr(encodeURIComponent(id))}" blocking="render">`)
    .join('')
}

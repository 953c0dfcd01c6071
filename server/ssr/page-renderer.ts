import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PageRendererModule } from '#domain/page-render'
import type { ViteManifest } from './page-assets'
import { splitTemplate, type PageTemplate } from './page-template'

export type PageRenderer = {
  module: PageRendererModule
  template: PageTemplate
  manifest: ViteManifest
}

/**
 * Loads the server-rendering bundle the build writes beside the client (`<dist>/ssr/entry-server.js`),
 * the client's index.html and its manifest. Null when any is missing (tests that serve a bare folder, a
 * build without the server bundle): the server then sends index.html and the browser renders alone.
 */
export async function loadPageRenderer(staticDir: string): Promise<PageRenderer | null> {
  const root = resolve(staticDir)
  try {
    const [html, manifestText] = await Promise.all([
      readFile(join(root, 'index.html'), 'utf8'),
      readFile(join(root, '.vite', 'manifest.json'), 'utf8'),
    ])
    const template = splitTemplate(html)
    if (!template) return null
    const bundle = join(root, '..', 'ssr', 'entry-server.js')
    const module = (await import(pathToFileURL(bundle).href)) as PageRendererModule
    if (typeof module.startPage !== 'function') return null
    return { module, template, manifest: JSON.parse(manifestText) as ViteManifest }
  } catch {
    return null
  }
}

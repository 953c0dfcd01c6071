import { describe, expect, it } from 'vitest'
import { assetLinks, paintAfterLinks, routeAssets, type ViteManifest } from './page-assets'

const manifest: ViteManifest = {
  'src/main.tsx': { file: 'assets/index-A.js', css: ['assets/index-A.css'], imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared-B.js', imports: ['src/main.tsx'] },
  'src/app/routes/calls-route.tsx': {
    file: 'assets/calls-C.js',
    css: ['assets/calls-C.css'],
    imports: ['_shared.js', '_table.js'],
  },
  '_table.js': { file: 'assets/table-D.js', css: ['assets/table-D.css'] },
}

describe('routeAssets', () => {
  it('follows static imports once (cycles included) and collects their CSS', () => {
    expect(routeAssets(manifest, ['src/app/routes/calls-route.tsx'])).toEqual({
      css: ['assets/calls-C.css', 'assets/index-A.css', 'assets/table-D.css'],
      js: ['assets/calls-C.js', 'assets/shared-B.js', 'assets/index-A.js', 'assets/table-D.js'],
    })
  })

  it('ignores modules the manifest does not know', () => {
    expect(routeAssets(manifest, ['src/nowhere.tsx'])).toEqual({ css: [], js: [] })
  })
})

describe('assetLinks', () => {
  it('links only what the page does not reference yet: stylesheets first, then module preloads', () => {
    const template =
      '<script type="module" src="/assets/index-A.js"></script><link href="/assets/index-A.css">'
    const links = assetLinks(routeAssets(manifest, ['src/app/routes/calls-route.tsx']), template)
    expect(links).toBe(
      '<link rel="stylesheet" crossorigin href="/assets/calls-C.css">' +
        '<link rel="stylesheet" crossorigin href="/assets/table-D.css">' +
        '<link rel="modulepreload" crossorigin href="/assets/calls-C.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/shared-B.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/table-D.js">',
    )
  })

  it('escapes a file name that could break out of its attribute', () => {
    expect(assetLinks({ css: ['a"><script>.css'], js: [] }, '')).toBe(
      '<link rel="stylesheet" crossorigin href="/a&quot;>&lt;script>.css">',
    )
  })
})

describe('paintAfterLinks', () => {
  it('holds the first paint until each element is parsed, with the id escaped as a fragment', () => {
    expect(paintAfterLinks([])).toBe('')
    expect(paintAfterLinks(['calls-filters', 'a"b'])).toBe(
      '<link rel="expect" href="#calls-filters" blocking="render">' +
        '<link rel="expect" href="#a%22b" blocking="render">',
    )
  })
})

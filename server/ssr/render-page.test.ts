import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGE_STATE_ID } from '#domain/page-render'
import { memoryLogger } from '../http/logger'
import { serveSpa } from '../static'
import { pageRendering } from './render-page'

// A build's layout with a stand-in for the server-rendering bundle: the contract, not React, is tested
// here (React's side: e2e/server-rendering.spec.ts).
const INDEX =
  '<!doctype html><html><head><title>Calltrail</title><script type="module" src="/assets/index-A.js"></script></head><body><div id="root"></div></body></html>'

const BUNDLE = `
export async function startPage(page) {
  const url = new URL(page.url)
  if (url.pathname === '/') return { kind: 'redirect', status: 302, location: '/calls' }
  if (url.pathname === '/boom') throw new Error('render failed')
  return {
    kind: 'page',
    status: url.pathname === '/nope' ? 404 : 200,
    routeModules: ['src/app/routes/calls-route.tsx'],
    paintAfter: ['calls-filters'],
    finish: async () => {
      if (url.pathname === '/late-boom') throw new Error('late')
      const answer = await (await fetch('/api/echo')).json()
      return { html: '<p>' + answer.cookie + '</p>', state: '{"queries":[]}', problems: ['TypeError: x'] }
    },
  }
}
`

let dist: string

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'calltrail-ssr-'))
  mkdirSync(join(dist, 'client', '.vite'), { recursive: true })
  mkdirSync(join(dist, 'ssr'))
  writeFileSync(join(dist, 'client', 'index.html'), INDEX)
  writeFileSync(
    join(dist, 'client', '.vite', 'manifest.json'),
    JSON.stringify({
      'src/app/routes/calls-route.tsx': { file: 'assets/calls-C.js', css: ['assets/calls-C.css'] },
    }),
  )
  writeFileSync(join(dist, 'ssr', 'entry-server.js'), BUNDLE)
})

afterAll(() => rmSync(dist, { recursive: true, force: true }))

function appWith(staticDir: string) {
  const logger = memoryLogger()
  const app = new Hono()
  app.get('/api/echo', (c) => c.json({ cookie: c.req.header('cookie') ?? null }))
  const renderPage = pageRendering({
    staticDir,
    fetchApp: (request, env) => app.fetch(request, env),
    logger,
    dataWaitMs: 1000,
  })
  app.use('*', serveSpa(staticDir, { renderPage }))
  return { app, logger }
}

describe('server-rendered pages', () => {
  it('streams the head with the route’s CSS and preloads, the markup, then the embedded state', async () => {
    const { app, logger } = appWith(join(dist, 'client'))
    const response = await app.request('/calls', { headers: { accept: 'text/html', cookie: 'session=1' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = await response.text()
    expect(html).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/calls-C.css"><link rel="modulepreload" crossorigin href="/assets/calls-C.js">' +
        '<link rel="expect" href="#calls-filters" blocking="render"></head>',
    )
    // The page's data request was answered in-process, with the page's own cookie.
    expect(html).toContain(
      `<div id="root"><p>session=1</p></div><script type="application/json" id="${PAGE_STATE_ID}">{"queries":[]}</script></body></html>`,
    )
    expect(logger.lines).toContain('pages: /calls: TypeError: x')
  })

  it('compresses the stream when the browser accepts it', async () => {
    const { app } = appWith(join(dist, 'client'))
    const response = await app.request('/calls', {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toBe('Accept-Encoding, Cookie')
  })

  it('answers a loader’s redirect and a not-found route with their status', async () => {
    const { app } = appWith(join(dist, 'client'))
    const home = await app.request('/', { headers: { accept: 'text/html' } })
    expect(home.status).toBe(302)
    expect(home.headers.get('location')).toBe('/calls')
    expect((await app.request('/nope', { headers: { accept: 'text/html' } })).status).toBe(404)
  })

  it('sends index.html when the render fails before anything was sent, and logs it', async () => {
    const { app, logger } = appWith(join(dist, 'client'))
    const response = await app.request('/boom', { headers: { accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX)
    expect(logger.lines.join('\n')).toContain('pages: render failed before sending (/boom)')
  })

  it('ends the document empty (the browser then renders alone) when the render fails after the head', async () => {
    const { app } = appWith(join(dist, 'client'))
    const html = await (await app.request('/late-boom', { headers: { accept: 'text/html' } })).text()
    expect(html).toContain('<div id="root"></div></body></html>')
    expect(html).not.toContain(PAGE_STATE_ID)
  })

  it('without a server-rendering bundle, serves index.html as before', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'calltrail-spa-'))
    writeFileSync(join(bare, 'index.html'), INDEX)
    try {
      const { app } = appWith(bare)
      const response = await app.request('/calls', { headers: { accept: 'text/html' } })
      expect(await response.text()).toBe(INDEX)
    } finally {
      rmSync(bare, { recursive: true, force: true })
    }
  })
})

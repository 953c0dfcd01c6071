import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { countingSimulator, testApp } from './auth/test-app'
import { serveSpa } from './static'
import { negotiate } from './static-encoding'

/** Deterministic text that compresses well but not trivially, like a minified bundle. */
function bundleText(bytes: number): string {
  let text = ''
  for (let i = 0; text.length < bytes; i++)
    text += `function f${i}(a){return a*${i % 97}+"${'x'.repeat(i % 13)}"}\n`
  return text
}

const SCRIPT = Buffer.from(bundleText(40_000))
const INDEX = Buffer.from(
  `<!doctype html><title>Calltrail</title>${'<!-- padding -->'.repeat(100)}<div id="root"></div>`,
)

function client() {
  const dir = mkdtempSync(join(tmpdir(), 'calltrail-static-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), INDEX)
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), SCRIPT)
  writeFileSync(join(dir, 'assets', 'tiny-abc123.js'), 'console.log(1)')
  writeFileSync(join(dir, 'assets', 'logo-abc123.png'), Buffer.alloc(4096, 7))
  const app = new Hono()
  app.use('*', serveSpa(dir))
  return { dir, app }
}

async function get(app: Hono, path: string, acceptEncoding?: string, method = 'GET') {
  const headers: Record<string, string> = { accept: 'text/html' }
  if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding
  const response = await app.request(path, { method, headers })
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('negotiate', () => {
  it('prefers br, then gzip, and honours q=0 and *', () => {
    expect(negotiate('gzip, deflate, br, zstd')).toBe('br')
    expect(negotiate('gzip;q=1.0, br;q=0.1')).toBe('br')
    expect(negotiate('gzip, br;q=0')).toBe('gzip')
    expect(negotiate('deflate')).toBeNull()
    expect(negotiate('*')).toBe('br')
    expect(negotiate('*;q=0, gzip')).toBe('gzip')
    expect(negotiate('identity')).toBeNull()
    expect(negotiate('')).toBeNull()
    expect(negotiate(undefined)).toBeNull()
  })
})

describe('compressed static assets', () => {
  it('sends brotli when accepted, with Vary, its length and the immutable caching', async () => {
    const { app } = client()
    const { response, bytes } = await get(app, '/assets/index-abc123.js', 'gzip, deflate, br')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('content-length')).toBe(String(bytes.length))
    expect(bytes.length).toBeLessThan(SCRIPT.length / 3)
    expect(brotliDecompressSync(bytes).equals(SCRIPT)).toBe(true)
  })

  it('sends gzip when br is not accepted', async () => {
    const { app } = client()
    const { response, bytes } = await get(app, '/assets/index-abc123.js', 'gzip')
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(response.headers.get('content-length')).toBe(String(bytes.length))
    expect(gunzipSync(bytes).equals(SCRIPT)).toBe(true)
  })

  it('sends the file as it is without an accepted encoding, still with Vary', async () => {
    const { app } = client()
    for (const acceptEncoding of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const { response, bytes } = await get(app, '/assets/index-abc123.js', acceptEncoding)
      expect(response.headers.get('content-encoding'), acceptEncoding).toBeNull()
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      expect(response.headers.get('content-length')).toBe(String(SCRIPT.length))
      expect(bytes.equals(SCRIPT)).toBe(true)
    }
  })

  it('compresses the index.html fallback of a deep link and keeps it uncached', async () => {
    const { app } = client()
    const { response, bytes } = await get(app, '/calls/telnyx/abc', 'br')
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(brotliDecompressSync(bytes).equals(INDEX)).toBe(true)
  })

  it('never compresses tiny files or already compressed media', async () => {
    const { app } = client()
    for (const path of ['/assets/tiny-abc123.js', '/assets/logo-abc123.png']) {
      const { response } = await get(app, path, 'gzip, br')
      expect(response.headers.get('content-encoding'), path).toBeNull()
      expect(response.headers.get('vary'), path).toBeNull()
    }
  })

  it('answers HEAD with the headers of the GET it stands for and no body', async () => {
    const { app } = client()
    const full = await get(app, '/assets/index-abc123.js', 'br')
    const head = await get(app, '/assets/index-abc123.js', 'br', 'HEAD')
    expect(head.response.status).toBe(200)
    expect(head.bytes.length).toBe(0)
    expect(head.response.headers.get('content-encoding')).toBe('br')
    expect(head.response.headers.get('content-length')).toBe(String(full.bytes.length))
  })

  it('uses a precompressed sibling from the build, but not one older than its source', async () => {
    const { dir, app } = client()
    const path = join(dir, 'assets', 'index-abc123.js')
    // A marker the runtime encoder would never produce proves which bytes were sent.
    const marked = Buffer.concat([SCRIPT, Buffer.from('// from the build\n')])
    writeFileSync(`${path}.br`, brotliCompressSync(marked))
    const fromBuild = await get(app, '/assets/index-abc123.js', 'br')
    expect(brotliDecompressSync(fromBuild.bytes).equals(marked)).toBe(true)

    const { dir: dir2, app: app2 } = client()
    const path2 = join(dir2, 'assets', 'index-abc123.js')
    writeFileSync(`${path2}.br`, brotliCompressSync(marked))
    utimesSync(`${path2}.br`, new Date(2020, 0, 1), new Date(2020, 0, 1))
    const stale = await get(app2, '/assets/index-abc123.js', 'br')
    expect(brotliDecompressSync(stale.bytes).equals(SCRIPT)).toBe(true)
  })

  it('compresses a file again after it changes on disk', async () => {
    const { dir, app } = client()
    await get(app, '/index.html', 'gzip')
    const changed = Buffer.from(`${INDEX.toString()}<!-- new deploy ${'y'.repeat(500)} -->`)
    writeFileSync(join(dir, 'index.html'), changed)
    utimesSync(join(dir, 'index.html'), new Date(2030, 0, 1), new Date(2030, 0, 1))
    const { bytes } = await get(app, '/index.html', 'gzip')
    expect(gunzipSync(bytes).equals(changed)).toBe(true)
  })
})

describe('gateway answers', () => {
  it('pass through uncompressed whatever the browser accepts', async () => {
    const page = JSON.stringify({ data: Array.from({ length: 200 }, (_, i) => ({ id: `event-${i}` })) })
    const simulator = {
      ...countingSimulator(),
      handle: () => Promise.resolve(new Response(page, { headers: { 'content-type': 'application/json' } })),
    }
    const { app } = testApp({ HOST: '127.0.0.1' }, { simulator })
    const response = await app.request('/api/telnyx/v2/call_events', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toBe(page)
  })
})

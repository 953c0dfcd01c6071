import type { Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Text formats only: images, fonts and audio are already compressed and would only cost CPU. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.txt', '.json', '.map', '.ico'])

/** Below this a compressed answer saves less than a TCP packet and the headers it adds. */
export const MIN_COMPRESS_BYTES = 1024

/** The file name suffix of each encoding's precompressed sibling (scripts/precompress.mjs). */
export const SUFFIX: Readonly<Record<Encoding, string>> = { br: '.br', gzip: '.gz' }

export function isCompressible(path: string, size: number): boolean {
  return size >= MIN_COMPRESS_BYTES && COMPRESSIBLE.has(extname(path).toLowerCase())
}

/**
 * Picks br, then gzip, from an Accept-Encoding header, honouring q=0 ("not acceptable") and `*`.
 * The client's own q ordering is ignored on purpose: br is smaller whenever both are allowed.
 */
export function negotiate(header: string | undefined): Encoding | null {
  if (!header) return null
  const q = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q.set(name.trim(), Number.isFinite(value) ? value : 0)
  }
  const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0
  if (accepts('br')) return 'br'
  if (accepts('gzip')) return 'gzip'
  return null
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

type Cached = { mtimeMs: number; size: number; body: Buffer | null }

/**
 * Finds the encoded bytes of a file. The build writes `.br`/`.gz` siblings at the highest levels
 * (scripts/precompress.mjs), so a deployed server spends no CPU on compression: this one Node thread
 * also answers the simulator, whose latency under concurrent load is the thing we budget. A sibling is
 * trusted only if it is not older than its source. Without one (a bare `vite build`, tests, a file
 * edited in place) the file is compressed once, off the main thread by zlib's thread pool, and kept in
 * memory keyed by path, mtime and size, so an edited file is never answered with stale bytes. Returns
 * null when compression would not make the answer smaller.
 */
export function createEncoder() {
  const memory = new Map<string, Cached>()

  async function sibling(full: string, info: Stats, encoding: Encoding): Promise<Buffer | null> {
    const path = full + SUFFIX[encoding]
    try {
      const sib = await stat(path)
      if (!sib.isFile() || sib.mtimeMs < info.mtimeMs) return null
      return await readFile(path)
    } catch {
      return null
    }
  }

  async function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
    if (encoding === 'gzip') return gzipAsync(body, { level: 9 })
    // Quality 5 rather than 11: this path runs at request time, and 5 is ~20x faster for a few % more bytes.
    return brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    })
  }

  return async function encoded(full: string, info: Stats, body: Buffer, encoding: Encoding) {
    const key = `${encoding}:${full}`
    const hit = memory.get(key)
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.body
    const made = (await sibling(full, info, encoding)) ?? (await compress(body, encoding))
    const result = made.length < body.length ? made : null
    memory.set(key, { mtimeMs: info.mtimeMs, size: info.size, body: result })
    return result
  }
}

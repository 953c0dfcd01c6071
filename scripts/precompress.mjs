// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the built client, at the highest
// levels, so the server sends compressed assets without compressing anything at request time (its one
// Node thread also answers the simulator). server/static-encoding.ts uses a copy only when it is not
// older than its source, and mirrors the rules here: text formats only, at least 1 KiB, and only if smaller.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

// Source maps are left out: only the benchmark's build has them and nobody downloads them on a page load.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.txt', '.json', '.ico'])
const MIN_BYTES = 1024

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (entry.isFile()) yield path
  }
}

export function precompress(dir) {
  let count = 0
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase()) || statSync(path).size < MIN_BYTES) continue
    const body = readFileSync(path)
    const variants = {
      '.br': brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
      '.gz': gzipSync(body, { level: 9 }),
    }
    for (const [suffix, bytes] of Object.entries(variants)) {
      if (bytes.length < body.length) writeFileSync(path + suffix, bytes)
    }
    count++
  }
  return count
}

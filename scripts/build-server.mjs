// Bundles the Node server (and the framework-free src/domain + src/providers it imports) into one ESM file.
// Dependencies stay external: they are installed by `npm ci` and better-sqlite3 is a native addon.
import { build } from 'esbuild'
import { writeFileSync } from 'node:fs'

const distDir = process.env.CALLTRAIL_DIST ?? 'dist'

await build({
  entryPoints: ['server/index.ts'],
  outfile: `${distDir}/server/index.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})
writeFileSync(`${distDir}/.build-stamp`, new Date().toISOString())
console.log(`built ${distDir}/server/index.js`)

// Bundles the Node server (and the framework-free src/domain + src/providers it imports) into one ESM file.
// Dependencies stay external: they are installed by `npm ci` and better-sqlite3 is a native addon.
import { build } from 'esbuild'
import { existsSync, writeFileSync } from 'node:fs'
import { precompress } from './precompress.mjs'

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
// Runs after `vite build` in every build (npm run build, the benchmark's), so the client is complete here.
if (existsSync(`${distDir}/client`)) {
  const count = precompress(`${distDir}/client`)
  console.log(`precompressed ${count} client files (.br, .gz)`)
}
writeFileSync(`${distDir}/.build-stamp`, new Date().toISOString())
console.log(`built ${distDir}/server/index.js`)

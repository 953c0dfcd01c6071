// One-off measurement (not part of `npm run bench`, preact is not a dependency): the shell options
// built with react and react-dom aliased to preact/compat. Install preact outside the project first:
//   mkdir -p /tmp/preact-probe && (cd /tmp/preact-probe && npm init -y && npm install preact@10)
//   node --import tsx scripts/bench/preact-option.mjs /tmp/preact-probe
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const preactDir = resolve(process.argv[2] ?? '/tmp/preact-probe', 'node_modules/preact')
const alias = [
  { find: /^react-dom\/client$/, replacement: join(preactDir, 'compat/client.mjs') },
  { find: /^react-dom$/, replacement: join(preactDir, 'compat/dist/compat.module.js') },
  { find: /^react$/, replacement: join(preactDir, 'compat/dist/compat.module.js') },
  { find: /^react\/jsx-runtime$/, replacement: join(preactDir, 'jsx-runtime/dist/jsxRuntime.module.js') },
]

async function size(entry, withPreact) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    resolve: withPreact ? { alias } : {},
    build: {
      write: false,
      target: 'es2022',
      rollupOptions: { input: join('scripts/bench/shell-options', entry) },
    },
  })
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk')
  const entryChunk = chunks.find((c) => c.isEntry)
  const initial = new Set([entryChunk?.fileName, ...(entryChunk?.imports ?? [])])
  const code = chunks
    .filter((c) => initial.has(c.fileName))
    .map((c) => c.code)
    .join('\n')
  return gzipSync(Buffer.from(code)).length
}

console.log('| entry | react gzip kB | preact/compat gzip kB | saving kB |')
console.log('| --- | ---: | ---: | ---: |')
for (const entry of [
  'react-dom.mjs',
  'data-router.mjs',
  'declarative-router.mjs',
  'react-query.mjs',
  'table-virtual.mjs',
]) {
  const react = await size(entry, false)
  const preact = await size(entry, true)
  const k = (b) => (b / 1000).toFixed(1)
  console.log(`| ${entry} | ${k(react)} | ${k(preact)} | ${k(react - preact)} |`)
}

// What the first load of /calls is made of, and what lighter options would weigh.
//
// 1. Composition: every byte of the measured build's minified first-load chunks is attributed, through
//    its hidden source maps, to the source it came from and grouped per package (or src/ folder). "marginal gzip" = gzip of the whole first load minus gzip of
//    the first load with that group's bytes left out: about what removing it would save.
// 2. Shell options: tiny entries (scripts/bench/shell-options/) built with the same Vite and target,
//    each measured as the gzip of its initial chunks, so options can be compared with measured sizes.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SourceMapConsumer } from 'source-map-js'
import { build } from 'vite'
import { DIST_DIR } from './config.mjs'
import { groupOf } from './source-groups.mjs'

/** The measured build: it carries hidden source maps and a manifest (see build.mjs). */
export const ANALYZE_DIR = `${DIST_DIR}/client`
const OPTIONS_DIR = 'scripts/bench/shell-options'
const gz = (text) => gzipSync(Buffer.from(text)).length

/** Splits a minified chunk into [group, text] segments using its source map. */
function segments(code, map) {
  const lines = code.split('\n')
  const lineStart = [0]
  for (const line of lines) lineStart.push((lineStart.at(-1) ?? 0) + line.length + 1)
  const marks = []
  new SourceMapConsumer(map).eachMapping((m) => {
    marks.push({ at: (lineStart[m.generatedLine - 1] ?? 0) + m.generatedColumn, group: groupOf(m.source) })
  })
  marks.sort((a, b) => a.at - b.at)
  const out = []
  let pos = 0
  let group = '(unmapped)'
  for (const mark of marks) {
    if (mark.at > pos) out.push([group, code.slice(pos, mark.at)])
    pos = Math.max(pos, mark.at)
    group = mark.group
  }
  out.push([group, code.slice(pos)])
  return out
}

/** The manifest keys of the first load of /calls: the entry, the calls route, and their static imports. */
function firstLoadFiles(manifest) {
  const keys = new Set()
  const visit = (key) => {
    if (keys.has(key) || !manifest[key]) return
    keys.add(key)
    for (const imported of manifest[key].imports ?? []) visit(imported)
  }
  visit('index.html')
  for (const key of manifest['index.html']?.dynamicImports ?? []) if (key.includes('calls-route')) visit(key)
  return [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'))
}

function composition(downloaded) {
  const manifest = JSON.parse(readFileSync(join(ANALYZE_DIR, '.vite/manifest.json'), 'utf8'))
  // What a cold load really fetched when the bundle section ran (it includes chunks the calls page
  // imports lazily right away); otherwise what the manifest says the entry and the calls route import.
  const files = downloaded?.length ? downloaded : firstLoadFiles(manifest)
  const all = []
  for (const file of files) {
    const code = readFileSync(join(ANALYZE_DIR, file), 'utf8')
    // Rolldown's small runtime chunk (its module helpers) is written without a source map.
    const mapFile = join(ANALYZE_DIR, `${file}.map`)
    if (!existsSync(mapFile)) {
      all.push(['(unmapped)', code])
      continue
    }
    all.push(...segments(code, JSON.parse(readFileSync(mapFile, 'utf8'))))
  }
  const whole = all.map(([, text]) => text).join('')
  const totalGzip = gz(whole)
  const groups = new Map()
  for (const [group, text] of all) groups.set(group, (groups.get(group) ?? 0) + text.length)
  const rows = [...groups.entries()]
    .map(([group, raw]) => ({
      group,
      raw,
      marginalGzip:
        totalGzip -
        gz(
          all
            .filter(([g]) => g !== group)
            .map(([, t]) => t)
            .join(''),
        ),
      aloneGzip: gz(
        all
          .filter(([g]) => g === group)
          .map(([, t]) => t)
          .join(''),
      ),
    }))
    .sort((a, b) => b.raw - a.raw)
  return {
    files,
    source: downloaded?.length ? 'network' : 'manifest',
    raw: whole.length,
    gzip: totalGzip,
    groups: rows,
  }
}

async function optionSize(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: { write: false, target: 'es2022', rollupOptions: { input: join(OPTIONS_DIR, entry) } },
  })
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk')
  const entryChunk = chunks.find((c) => c.isEntry)
  const initial = new Set([entryChunk?.fileName])
  for (const name of entryChunk?.imports ?? []) initial.add(name)
  const code = chunks
    .filter((c) => initial.has(c.fileName))
    .map((c) => c.code)
    .join('\n')
  return { raw: code.length, gzip: gz(code) }
}

const OPTIONS = [
  ['react-dom.mjs', 'react + react-dom only (the floor)'],
  ['history-router.mjs', 'floor + hand-written History API router'],
  ['declarative-router.mjs', 'floor + react-router declarative (BrowserRouter/Routes)'],
  ['data-router.mjs', 'floor + react-router data router (as src/app today)'],
  ['react-query.mjs', 'floor + @tanstack/react-query (provider + useQuery)'],
  ['query-core.mjs', 'floor + @tanstack/query-core only (QueryClient.fetchQuery)'],
  ['zod-mini.mjs', 'floor + zod/mini (one object schema)'],
  ['table-virtual.mjs', 'floor + TanStack Table v9 (sorting, visibility) + Virtual'],
]

/** `downloaded`: the first load's JS files as the bundle section saw them (paths under the build). */
export async function analyzeComposition(log, downloaded) {
  log('Composition of the first load…')
  const first = composition(downloaded)
  log('Composition: shell options…')
  const options = []
  for (const [entry, label] of OPTIONS) options.push({ entry, label, ...(await optionSize(entry)) })
  const floor = options[0]?.gzip ?? 0
  for (const o of options) o.overFloorGzip = o.gzip - floor
  return { firstLoad: first, options, markdown: toMarkdown(first, options) }
}

function toMarkdown(first, options) {
  const k = (b) => (b / 1000).toFixed(1)
  const groupRows = first.groups
    .filter((g) => g.raw >= 200)
    .map((g) => `| ${g.group} | ${k(g.raw)} | ${k(g.marginalGzip)} | ${k(g.aloneGzip)} |`)
  const optionRows = options.map((o) => `| ${o.label} | ${k(o.raw)} | ${k(o.gzip)} | ${k(o.overFloorGzip)} |`)
  return [
    `### First-load composition (${first.files.length} chunks from the ${first.source}: ${k(first.raw)} kB minified, ${k(first.gzip)} kB gzip of their concatenation)`,
    '',
    '| package / folder | minified kB | marginal gzip kB | gzip alone kB |',
    '| --- | ---: | ---: | ---: |',
    ...groupRows,
    '',
    '### Shell options (initial chunks of a minimal entry, same Vite build settings)',
    '',
    '| option | minified kB | gzip kB | gzip over the floor kB |',
    '| --- | ---: | ---: | ---: |',
    ...optionRows,
  ].join('\n')
}

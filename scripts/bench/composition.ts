// What the first load of /calls is made of: every byte of the measured build's minified first-load chunks
// is attributed, through its hidden source maps, to the source it came from and grouped per package (or
// src/ folder). "marginal gzip" = gzip of the whole first load minus gzip of the first load with that
// group's bytes left out: about what removing it would save. (The one-off "shell options" experiment,
// minimal entries of lighter alternatives, was removed once its figures were recorded in BENCHMARKS.md,
// "Issue 15" composition; it is in git before issue 17.)
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SourceMapConsumer } from 'source-map-js'
import { DIST_DIR } from './config'
import { groupOf } from './source-groups'

/** The measured build: it carries hidden source maps and a manifest (see build.mjs). */
export const ANALYZE_DIR = `${DIST_DIR}/client`
const gz = (text: string) => gzipSync(Buffer.from(text)).length

/** Splits a minified chunk into [group, text] segments using its source map. */
function segments(code: string, map: RawMap): [string, string][] {
  const lines = code.split('\n')
  const lineStart = [0]
  for (const line of lines) lineStart.push((lineStart.at(-1) ?? 0) + line.length + 1)
  const marks: { at: number; group: string }[] = []
  new SourceMapConsumer(map).eachMapping((m) => {
    marks.push({ at: (lineStart[m.generatedLine - 1] ?? 0) + m.generatedColumn, group: groupOf(m.source) })
  })
  marks.sort((a, b) => a.at - b.at)
  const out: [string, string][] = []
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
export type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>
type RawMap = ConstructorParameters<typeof SourceMapConsumer>[0]

export function firstLoadFiles(manifest: Manifest): string[] {
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key) || !manifest[key]) return
    keys.add(key)
    for (const imported of manifest[key]?.imports ?? []) visit(imported)
  }
  visit('index.html')
  for (const key of manifest['index.html']?.dynamicImports ?? []) if (key.includes('calls-route')) visit(key)
  return [...keys].flatMap((key) => manifest[key]?.file ?? []).filter((file) => file.endsWith('.js'))
}

export type CompositionGroup = { group: string; raw: number; marginalGzip: number; aloneGzip: number }
export type FirstLoadComposition = {
  files: string[]
  source: 'network' | 'manifest'
  raw: number
  gzip: number
  groups: CompositionGroup[]
}

function composition(downloaded: string[] | undefined): FirstLoadComposition {
  const manifest = JSON.parse(readFileSync(join(ANALYZE_DIR, '.vite/manifest.json'), 'utf8')) as Manifest
  // What a cold load really fetched when the bundle section ran (it includes chunks the calls page
  // imports lazily right away); otherwise what the manifest says the entry and the calls route import.
  const files = downloaded?.length ? downloaded : firstLoadFiles(manifest)
  const all: [string, string][] = []
  for (const file of files) {
    const code = readFileSync(join(ANALYZE_DIR, file), 'utf8')
    // Rolldown's small runtime chunk (its module helpers) is written without a source map.
    const mapFile = join(ANALYZE_DIR, `${file}.map`)
    if (!existsSync(mapFile)) {
      all.push(['(unmapped)', code])
      continue
    }
    all.push(...segments(code, JSON.parse(readFileSync(mapFile, 'utf8')) as RawMap))
  }
  const whole = all.map(([, text]) => text).join('')
  const totalGzip = gz(whole)
  const groups = new Map<string, number>()
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

/** `downloaded`: the first load's JS files as the bundle section saw them (paths under the build). */
export function analyzeComposition(log: (line: string) => void, downloaded: string[] | undefined) {
  log('Composition of the first load…')
  const first = composition(downloaded)
  return { firstLoad: first, markdown: toMarkdown(first) }
}

function toMarkdown(first: FirstLoadComposition): string {
  const k = (b: number) => (b / 1000).toFixed(1)
  const groupRows = first.groups
    .filter((g) => g.raw >= 200)
    .map((g) => `| ${g.group} | ${k(g.raw)} | ${k(g.marginalGzip)} | ${k(g.aloneGzip)} |`)
  return [
    `### First-load composition (${first.files.length} chunks from the ${first.source}: ${k(first.raw)} kB minified, ${k(first.gzip)} kB gzip of their concatenation)`,
    '',
    '| package / folder | minified kB | marginal gzip kB | gzip alone kB |',
    '| --- | ---: | ---: | ---: |',
    ...groupRows,
  ].join('\n')
}

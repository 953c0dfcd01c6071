// CPU profiles (CDP Profiler) of one run of a slow measurement, summarised by where the time went: per
// package or src/ folder, and per function, mapped back to the sources through the measured build's
// hidden source maps.
import { existsSync, readFileSync } from 'node:fs'
import { SourceMapConsumer } from 'source-map-js'
import { ANALYZE_DIR } from './composition.mjs'
import { groupOf } from './source-groups.mjs'
import { round } from './stats.mjs'

/** Runs `work` under the sampling profiler (200 µs interval) and returns its value and the profile. */
export async function withProfile(cdp, work) {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const value = await work()
  const { profile } = await cdp.send('Profiler.stop')
  return { value, profile }
}

const consumers = new Map()
function consumerFor(url) {
  const file = url ? new URL(url).pathname.split('/').pop() : null
  if (!file || !file.endsWith('.js')) return null
  if (!consumers.has(file)) {
    const path = `${ANALYZE_DIR}/assets/${file}.map`
    consumers.set(
      file,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null,
    )
  }
  return consumers.get(file)
}

function locate(callFrame) {
  const { url, functionName, lineNumber, columnNumber } = callFrame
  if (!url) return { group: functionName || '(anonymous)', name: functionName || '(anonymous)' }
  if (!url.startsWith('http')) return { group: '(browser internals)', name: functionName || url }
  const consumer = consumerFor(url)
  if (!consumer) return { group: new URL(url).pathname, name: functionName || '(anonymous)' }
  const original = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber })
  const group = groupOf(original.source)
  const where = original.source
    ? `${original.source.replace(/^.*?(node_modules\/|src\/)/, '$1')}:${original.line}`
    : '?'
  return { group, name: `${original.name ?? functionName ?? '(anonymous)'} (${where})` }
}

/** Self time per group and the heaviest functions, in ms. */
export function summarizeProfile(profile, top = 12) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const byGroup = new Map()
  const byFunction = new Map()
  for (const [id, ms] of self) {
    const node = nodes.get(id)
    if (!node) continue
    const { group, name } = locate(node.callFrame)
    byGroup.set(group, (byGroup.get(group) ?? 0) + ms)
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
  }
  const sorted = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: round(ms, 1) }))
  return {
    totalMs: round((profile.endTime - profile.startTime) / 1000, 1),
    byGroup: sorted(byGroup),
    topFunctions: sorted(byFunction),
  }
}

// CPU profiles (CDP Profiler) of one run of a slow measurement, summarised by where the time went: per
// package or src/ folder, and per function, mapped back to the sources through the measured build's
// hidden source maps.
import { existsSync, readFileSync } from 'node:fs'
import type { CDPSession } from '@playwright/test'
import { SourceMapConsumer } from 'source-map-js'
import { ANALYZE_DIR } from './composition'
import { groupOf } from './source-groups'
import { round } from './stats'

/** Runs `work` under the sampling profiler (200 µs interval) and returns its value and the profile. */
export async function withProfile<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ value: T; profile: CpuProfile }> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const value = await work()
  const { profile } = await cdp.send('Profiler.stop')
  return { value, profile }
}

const consumers = new Map<string, SourceMapConsumer | null>()
function consumerFor(url: string): SourceMapConsumer | null {
  const file = url ? new URL(url).pathname.split('/').pop() : null
  if (!file || !file.endsWith('.js')) return null
  if (!consumers.has(file)) {
    const path = `${ANALYZE_DIR}/assets/${file}.map`
    consumers.set(
      file,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')) as RawMap) : null,
    )
  }
  return consumers.get(file) ?? null
}

function locate(callFrame: CallFrame): { group: string; name: string } {
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

/** The parts of CDP's Profiler.Profile read here (playwright-core does not export its protocol types). */
type CallFrame = { url: string; functionName: string; lineNumber: number; columnNumber: number }
type CpuProfile = {
  nodes: { id: number; callFrame: CallFrame }[]
  samples?: number[]
  timeDeltas?: number[]
  startTime: number
  endTime: number
}

type RawMap = ConstructorParameters<typeof SourceMapConsumer>[0]

export type ProfileSummary = {
  totalMs: number
  byGroup: { name: string; ms: number }[]
  topFunctions: { name: string; ms: number }[]
}

/** Self time per group and the heaviest functions, in ms. */
export function summarizeProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  ;(profile.samples ?? []).forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000),
  )
  const byGroup = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const [id, ms] of self) {
    const node = nodes.get(id)
    if (!node) continue
    const { group, name } = locate(node.callFrame)
    byGroup.set(group, (byGroup.get(group) ?? 0) + ms)
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
  }
  const sorted = (map: Map<string, number>) =>
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

// `--only index` (issue 12): per scale, the call index synced from empty with its memory sampled, then
// on that synced server the /api/calls load test with varied filters, the CSV export of every call,
// and (with a browser) a lead page's complete activity. Results go to results.index[<scale name>].
import type { Browser } from '@playwright/test'
import { causeOf } from './cause-of'
import { PORTS } from './config'
import { loadIndex, timeExport } from './index-load'
import { readSync, syncFromEmpty } from './index-sync'
import { leadHref } from '#config/paths'
import { measureLeadPage } from './lead-page'
import { machineInfo } from './machine'
import type { BenchOptions } from './options'
import { readRss } from './rss'

export const EXPORT_PARAMS = ['period=all']
export const EXPORT_RUNS = 2

export type IndexEntry = {
  scale: number
  loadAtStart: number[]
  sync: Omit<Awaited<ReturnType<typeof syncFromEmpty>>['figures'], 'logTail'> & { logTail?: () => unknown }
  failures?: { step: string; error: string }[]
  load?: Awaited<ReturnType<typeof loadIndex>> | null
  exports?: Awaited<ReturnType<typeof timeExport>>[]
  lead?: Awaited<ReturnType<typeof measureLeadPage>> | null
  syncAtEnd?: unknown
  rssAtEndMB?: number
  loadAtEnd?: number[]
  serverLogTail?: unknown
}

export async function runIndex(
  name: 'default' | 'big',
  scale: number,
  {
    browser,
    opts,
    results,
    log,
  }: {
    browser: Browser | null
    opts: BenchOptions
    results: { index?: Record<string, IndexEntry> }
    log: (line: string) => void
  },
) {
  log(`Call index (${name} scale, SIM_SCALE=${scale}): sync from an empty index…`)
  const loadAtStart = machineInfo('end').loadAtEnd
  const { server, figures: sync } = await syncFromEmpty(scale, PORTS[name], {
    log,
    verbose: opts.verbose,
  })
  const entry: IndexEntry = { scale, loadAtStart, sync }
  results.index ??= {}
  results.index[name] = entry
  // Each step on its own: one that fails is recorded and the others still run.
  const step = async <T>(label: string, fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn()
    } catch (error) {
      log(`  ${label} failed: ${error instanceof Error ? error.message : String(error)}`)
      entry.failures = [...(entry.failures ?? []), { step: label, error: String(causeOf(error)) }]
      return null
    }
  }
  try {
    log(`  /api/calls with varied filters (${name} scale)…`)
    entry.load = await step('load', () => loadIndex(server.baseURL, { seconds: opts.serverSeconds, log }))
    const exports: Awaited<ReturnType<typeof timeExport>>[] = []
    entry.exports = exports
    for (const params of EXPORT_PARAMS) {
      for (let i = 0; i < EXPORT_RUNS; i++) {
        const run = await step('export', () => timeExport(server.baseURL, params, { pid: server.pid, log }))
        if (run) exports.push(run)
      }
    }
    const leadId = server.status.examples?.showcaseLeadId
    if (browser && leadId) {
      log(`  lead page ${leadHref(leadId)} (${name} scale)…`)
      entry.lead = await step('lead', () =>
        measureLeadPage(browser, server.baseURL, leadId, { runs: opts.runs, log }),
      )
    }
    entry.syncAtEnd = await step('sync at end', async () =>
      (await readSync(server.baseURL)).map((s) => ({
        source: s.source,
        state: s.state,
        records: s.records,
        progress: s.progress,
      })),
    )
    entry.rssAtEndMB = Math.round((readRss(server.pid)?.rss ?? 0) / 1e5) / 10
  } finally {
    await server.stop()
    entry.loadAtEnd = machineInfo('end').loadAtEnd
    entry.serverLogTail = entry.sync.logTail?.()
    delete entry.sync.logTail
  }
  return entry
}

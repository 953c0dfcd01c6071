// Issue 12: the call index synced from empty. The scale's simulator data is kept (no reseed); only
// DATA_DIR/index.sqlite* is deleted, then the server starts and its resident memory is sampled every
// 500 ms from spawn until /api/sync reports every source `ok` with no progress.
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceSync } from '#domain/index-api'
import { dataDir } from './config'
import { readRss, sampleRss } from './rss'
import { startServer, type RunningServer } from './server-process'

/** The first sync at scale 47 keeps the server from answering for minutes (see BENCHMARKS.md). */
const SYNC_LIMIT_MS = 40 * 60_000
const UP_TO_DATE = /^sync (\w+): up to date, (\d+) calls \((\d+) ms\)/
const FIRST_SYNC = /^call index: first sync (done|still running) after (\d+) ms/

export function deleteIndex(scale: number) {
  const dir = dataDir(scale)
  let removed = 0
  if (!existsSync(dir)) return removed
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isFile() || !name.name.startsWith('index.sqlite')) continue
    rmSync(join(dir, name.name))
    removed++
  }
  return removed
}

/** Every source `ok` and none reporting progress. */
export const syncSettled = (sources: SourceSync[]) => sources.every((s) => s.state === 'ok' && !s.progress)

export async function readSync(baseURL: string): Promise<SourceSync[]> {
  const body = (await (await fetch(`${baseURL}/api/sync`)).json()) as { sources: SourceSync[] }
  return body.sources
}

/** Polls /api/sync every 500 ms until it settles (or `limitMs`); how long that took. */
export async function waitForSync(baseURL: string, limitMs = SYNC_LIMIT_MS) {
  const started = performance.now()
  let sources: SourceSync[] = []
  while (performance.now() - started < limitMs) {
    try {
      sources = await readSync(baseURL)
      if (syncSettled(sources)) break
    } catch {
      // busy or not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const settled = syncSettled(sources)
  return {
    settled,
    ms: Math.round(performance.now() - started),
    records: sources.reduce((n, s) => n + s.records, 0),
  }
}

/** How a sync from empty runs: its log, whether to echo the server's lines, and the server's env. */
export type SyncContext = {
  log: (line: string) => void
  verbose: boolean
  env?: Record<string, string>
  /** Runs before the server starts again after a start that had to seed (PostgreSQL: empty the index). */
  beforeRestart?: () => Promise<void>
}

type RssSampler = ReturnType<typeof sampleRss>

async function startFromEmpty(
  scale: number,
  port: number,
  { log, verbose, env }: SyncContext,
): Promise<{ server: RunningServer; sampler: RssSampler | null; lines: LogLine[]; started: number }> {
  // With DATABASE_URL in `env` the index is on PostgreSQL; the caller hands over an empty database.
  if (env?.DATABASE_URL === undefined) deleteIndex(scale)
  const lines: LogLine[] = []
  let sampler: RssSampler | null = null
  const started = performance.now()
  const server = await startServer({
    scale,
    port,
    healthTimeoutMs: SYNC_LIMIT_MS,
    env,
    onSpawn: (pid) => {
      sampler = sampleRss(pid)
    },
    log: (line) => {
      const text = line.replace(/^\[server \d+\] /, '')
      lines.push({ t: Math.round(performance.now() - started), text })
      if (verbose) log(line)
    },
  })
  // Set by onSpawn, which TypeScript cannot see run.
  return { server, sampler: sampler as RssSampler | null, lines, started }
}

type LogLine = { t: number; text: string }

/**
 * Starts the server for `scale` on an empty index and waits for the sync to settle. Returns the running
 * server (synced, for the other measurements) and the figures. A start that had to seed the simulator
 * is thrown away and repeated, so seeding never counts as sync.
 */
export async function syncFromEmpty(scale: number, port: number, ctx: SyncContext) {
  let run = await startFromEmpty(scale, port, ctx)
  const seeded = run.server.seeded
  if (seeded) {
    ctx.log(
      `  seeded the simulator in ${(seeded.seedMs / 1000).toFixed(1)} s; starting again on an empty index`,
    )
    run.sampler?.stop()
    await run.server.stop()
    // An index on PostgreSQL outlives the process: the caller empties it again.
    await ctx.beforeRestart?.()
    run = await startFromEmpty(scale, port, ctx)
  }
  const { server, sampler, lines, started } = run
  const listeningMs = Math.round(performance.now() - started)
  const listeningRssMB = Math.round((readRss(server.pid)?.rss ?? 0) / 1e5) / 10
  let sources: SourceSync[] = []
  const progress: ({ t: number; sources: unknown[][] } | { t: number; error: string })[] = []
  while (performance.now() - started < SYNC_LIMIT_MS) {
    const t = Math.round(performance.now() - started)
    try {
      sources = await readSync(server.baseURL)
      progress.push({ t, sources: sources.map((s) => [s.source, s.state, s.records, s.progress]) })
      if (syncSettled(sources)) break
    } catch (error) {
      progress.push({ t, error: String(error) })
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const syncMs = Math.round(performance.now() - started)
  const rss = sampler?.stop() ?? null
  const settled = syncSettled(sources)
  const perSource: Record<string, { calls: number; ms: number; atMs: number }> = {}
  let firstSync: { state: string; afterMs: number } | null = null
  for (const { t, text } of lines) {
    const up = UP_TO_DATE.exec(text)
    const source = up?.[1]
    if (up && source && !perSource[source])
      perSource[source] = { calls: Number(up[2]), ms: Number(up[3]), atMs: t }
    const first = FIRST_SYNC.exec(text)
    if (first?.[1]) firstSync = { state: first[1], afterMs: Number(first[2]) }
  }
  ctx.log(
    `  sync from empty: ${settled ? 'settled' : 'NOT settled'} after ${(syncMs / 1000).toFixed(1)} s, ` +
      `RSS ${rss?.startMB} → peak ${rss?.peakMB} → ${rss?.endMB} MB`,
  )
  return {
    server,
    figures: {
      settled,
      syncMs,
      listeningMs,
      listeningRssMB,
      firstSync,
      perSource,
      records: Object.fromEntries(sources.map((s) => [s.source, s.records])),
      totalRecords: sources.reduce((n, s) => n + s.records, 0),
      rss,
      rssSamples: sampler?.samples ?? [],
      progress,
      /** The server's last log lines (sync progress, errors), read when the section ends. */
      logTail: () => lines.slice(-60),
    },
  }
}

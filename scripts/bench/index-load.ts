// Issue 12: latency of /api/calls first pages under concurrent load, every request a different filter
// (cycling through FILTER_COMBOS random combinations, so neither SQLite's statement results nor any
// answer cache can serve a repeat within a cycle), at 1 and 6 connections. Also a CSV export timed
// to its last byte.
import { causeOf } from './cause-of'
import { breakdownIndex } from './index-breakdown'
import { filterCombos, samplePhones } from './index-filters'
import { readRss, sampleRss } from './rss'
import { cannon, type CannonOptions, type CannonResult } from './cannon'
import { percentile, round } from './stats'

export const FILTER_COMBOS = 200
export const INDEX_BUDGET_CONNECTIONS = 6
/** One at a time, one tab's six, and fifty (issue 16: a contact centre's worth, SQLite beside PostgreSQL). */
export const INDEX_CONNECTIONS = [1, INDEX_BUDGET_CONNECTIONS, 50]

/** autocannon options that send the next combination with each request. */
function cycling(baseURL: string, paths: string[], connections: number, duration: number): CannonOptions {
  let next = 0
  return {
    url: baseURL,
    connections,
    duration,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  }
}

/**
 * A load run against one or several instances at once: `connections` split evenly between them, every
 * response's latency pooled, so the percentiles are those of the whole fleet as a load balancer sees it.
 */
export async function loadRunAcross(
  baseURLs: string[],
  paths: string[],
  connections: number,
  seconds: number,
) {
  const share = (i: number) =>
    Math.floor(connections / baseURLs.length) + (i < connections % baseURLs.length ? 1 : 0)
  await Promise.all(baseURLs.map((url, i) => cannon(cycling(url, paths, share(i), 2))))
  const latencies: number[] = []
  let bytes = 0
  const results = await Promise.all(
    baseURLs.map((url, i) =>
      cannon(cycling(url, paths, share(i), seconds), (_c, _s, resBytes, ms) => {
        latencies.push(ms)
        bytes += resBytes
      }),
    ),
  )
  latencies.sort((a, b) => a - b)
  const at = (p: number) => (latencies.length ? round(percentile(latencies, p) ?? 0, 1) : null)
  const sum = (key: keyof CannonResult) => results.reduce((n, r) => n + r[key], 0)
  return {
    connections,
    instances: baseURLs.length,
    requests: latencies.length,
    rps: round(latencies.length / seconds, 1),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: at(100),
    non2xx: sum('non2xx'),
    errors: sum('errors') + sum('timeouts'),
    meanResponseKB: latencies.length ? round(bytes / latencies.length / 1000, 1) : null,
  }
}

const loadRun = (baseURL: string, paths: string[], connections: number, seconds: number) =>
  loadRunAcross([baseURL], paths, connections, seconds)

/** The varied-filter paths of the load test, from the index the server at `baseURL` holds. */
export async function loadPaths(baseURL: string): Promise<string[]> {
  const { now } = (await (await fetch(`${baseURL}/api/sync`)).json()) as { now: string }
  const phones = await samplePhones(baseURL)
  return filterCombos({ count: FILTER_COMBOS, phones, now }).map((q) => `/api/calls${q ? `?${q}` : ''}`)
}

/** Each combination once, alone, to find the slowest filters (the cause of a high p95). */
type Timed = { path: string; ms: number; status: number | null; total?: unknown; error?: string }

async function slowest(baseURL: string, paths: string[], top = 5) {
  const timed: Timed[] = []
  for (const path of paths) {
    const started = performance.now()
    try {
      const response = await fetch(`${baseURL}${path}`)
      const body = (await response.json()) as { total?: unknown }
      timed.push({
        path,
        ms: round(performance.now() - started, 1),
        status: response.status,
        total: body.total ?? null,
      })
    } catch (error) {
      // Recorded, not fatal: a failed request is a finding of its own.
      timed.push({
        path,
        ms: round(performance.now() - started, 1),
        status: null,
        error: String(causeOf(error)),
      })
    }
  }
  const sorted = [...timed].sort((a, b) => a.ms - b.ms)
  return {
    p50: percentile(
      sorted.map((t) => t.ms),
      50,
    ),
    p95: percentile(
      sorted.map((t) => t.ms),
      95,
    ),
    slowest: sorted.slice(-top).reverse(),
    failed: timed.filter((t) => t.status !== 200),
  }
}

export async function loadIndex(
  baseURL: string,
  { seconds, log }: { seconds: number; log: (line: string) => void },
) {
  const paths = await loadPaths(baseURL)
  const sequential = await slowest(baseURL, paths)
  log(`  /api/calls one at a time: p50 ${sequential.p50} ms, p95 ${sequential.p95} ms`)
  const breakdown = await breakdownIndex(baseURL, paths)
  log(
    `  one at a time: first page p50 ${breakdown.firstPage.p50} ms, cursor page ${breakdown.cursorPage.p50} ms, ` +
      `limit=1 ${breakdown.limit1.p50} ms, /api/sync ${breakdown.syncOnly.p50} ms`,
  )
  const runs = []
  for (const connections of INDEX_CONNECTIONS) {
    const run = await loadRun(baseURL, paths, connections, seconds)
    runs.push(run)
    log(
      `  /api/calls c=${connections}: p50 ${run.p50} ms, p95 ${run.p95} ms, p99 ${run.p99} ms, ` +
        `${run.rps} req/s, non-2xx ${run.non2xx}`,
    )
  }
  return {
    combos: paths.length,
    examples: paths.slice(0, 5),
    sequential,
    breakdown,
    runs,
  }
}

/** Streams the CSV export of `params` to its end: time to headers, first byte, last byte; rows and bytes. */
export async function timeExport(
  baseURL: string,
  params: string,
  { pid, log }: { pid: number | undefined; log: (line: string) => void },
) {
  const sampler = pid ? sampleRss(pid, 250) : null
  const rssBefore = pid ? readRss(pid)?.rss : null
  const started = performance.now()
  const response = await fetch(`${baseURL}/api/calls/export.csv?${params}`)
  const headersMs = performance.now() - started
  let firstByteMs: number | null = null
  let bytes = 0
  let newlines = 0
  let tail = ''
  const decoder = new TextDecoder()
  if (!response.body) throw new Error(`the export answered ${response.status} without a body`)
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    firstByteMs ??= performance.now() - started
    bytes += chunk.byteLength
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) newlines++
    tail = (tail + decoder.decode(chunk, { stream: true })).slice(-200)
  }
  const ms = performance.now() - started
  const rss = sampler?.stop() ?? null
  const written = /# (\d+) calls?\s*$/.exec(tail)
  const figures = {
    params,
    status: response.status,
    declaredRows: Number(response.headers.get('x-calltrail-rows') ?? NaN) || null,
    rows: written ? Number(written[1]) : null,
    lines: newlines,
    megabytes: round(bytes / 1e6, 1),
    headersMs: round(headersMs, 0),
    firstByteMs: firstByteMs === null ? null : round(firstByteMs, 0),
    ms: round(ms, 0),
    rowsPerSecond: written ? Math.round(Number(written[1]) / (ms / 1000)) : null,
    rssBeforeMB: rssBefore ? round(rssBefore / 1e6, 1) : null,
    rss,
  }
  log(
    `  export ${params}: ${figures.rows ?? '?'} rows, ${figures.megabytes} MB in ${(ms / 1000).toFixed(2)} s ` +
      `(status ${response.status}, first byte ${figures.firstByteMs} ms)`,
  )
  return figures
}

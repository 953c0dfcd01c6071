// `--only postgres` (issue 16): per scale, the call index on PostgreSQL synced from empty by one instance,
// then a second instance started on the same database and the /api/calls load test spread over both
// (the load balancer's view). Run it with `index` (`--only index,postgres`) to get SQLite's figures from
// the same run beside it. Results go to results.postgres[<scale name>].
import pg from 'pg'
import { PORTS } from './config'
import { INDEX_CONNECTIONS, loadPaths, loadRunAcross } from './index-load'
import { syncFromEmpty } from './index-sync'
import { machineInfo } from './machine'
import type { BenchOptions } from './options'
import { startServer, type RunningServer } from './server-process'

/** The second instance's port: clear of the scales' ports (PORT_BASE + 0…2, + 10). */
const SECOND_INSTANCE_OFFSET = 20

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(text)
  } finally {
    await client.end()
  }
}

/** A fresh database on the cluster at `adminUrl`; its URL and how to drop it. */
async function freshDatabase(adminUrl: string, name: string) {
  await admin(adminUrl, `drop database if exists ${name} with (force)`)
  await admin(adminUrl, `create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(adminUrl, `drop database if exists ${name} with (force)`) }
}

export type PostgresEntry = {
  scale: number
  serverVersion: string | null
  loadAtStart: number[]
  sync?: Omit<Awaited<ReturnType<typeof syncFromEmpty>>['figures'], 'logTail'> & { logTail?: () => unknown }
  load?: { combos: number; runs: Awaited<ReturnType<typeof loadRunAcross>>[] }
  serverLogTail?: unknown
  loadAtEnd?: number[]
}

export async function runPostgres(
  name: 'default' | 'big',
  scale: number,
  {
    adminUrl,
    opts,
    results,
    log,
  }: {
    adminUrl: string
    opts: BenchOptions
    results: { postgres?: Record<string, PostgresEntry> }
    log: (line: string) => void
  },
) {
  log(`Call index on PostgreSQL (${name} scale, SIM_SCALE=${scale}): sync from an empty database…`)
  const database = await freshDatabase(adminUrl, `calltrail_bench_${name}`)
  const env = { DATABASE_URL: database.url }
  const { rows } = await admin(adminUrl, 'show server_version')
  const version = (rows[0] as { server_version?: string } | undefined)?.server_version ?? null
  const entry: PostgresEntry = { scale, serverVersion: version, loadAtStart: machineInfo('end').loadAtEnd }
  results.postgres ??= {}
  results.postgres[name] = entry
  let first: RunningServer | null = null
  let second: RunningServer | null = null
  try {
    const synced = await syncFromEmpty(scale, PORTS[name], {
      log,
      verbose: opts.verbose,
      env,
      beforeRestart: async () => void (await freshDatabase(adminUrl, `calltrail_bench_${name}`)),
    })
    first = synced.server
    entry.sync = synced.figures
    const port = PORTS[name] + SECOND_INSTANCE_OFFSET
    second = await startServer({ scale, port, env, log: opts.verbose ? log : () => {} })
    const bases = [first.baseURL, second.baseURL]
    const paths = await loadPaths(first.baseURL)
    const runs: Awaited<ReturnType<typeof loadRunAcross>>[] = []
    entry.load = { combos: paths.length, runs }
    for (const connections of INDEX_CONNECTIONS.filter((c) => c > 1)) {
      const run = await loadRunAcross(bases, paths, connections, opts.serverSeconds)
      runs.push(run)
      log(
        `  /api/calls on PostgreSQL, c=${connections} over 2 instances: p50 ${run.p50} ms, p95 ${run.p95} ms, ` +
          `p99 ${run.p99} ms, ${run.rps} req/s, non-2xx ${run.non2xx}`,
      )
    }
  } finally {
    await second?.stop()
    await first?.stop()
    if (entry.sync) {
      entry.serverLogTail = entry.sync.logTail?.()
      delete entry.sync.logTail
    }
    entry.loadAtEnd = machineInfo('end').loadAtEnd
    await database.drop()
  }
  return entry
}

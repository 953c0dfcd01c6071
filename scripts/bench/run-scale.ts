// One scale's measurements: a server on its own data directory, the browser measurements against it,
// the gateway load test, then the bare-simulator baseline on the same data.
import type { Browser } from '@playwright/test'
import type { ListedCall } from '#domain/call'
import { callHref, leadHref, eventsHref } from '#config/paths'
import { writeBaselinePage } from './baseline-page'
import { measureBundles } from './bundle'
import {
  MIN_FIRST_ROWS,
  PORTS,
  SCROLL_LOAD_LIMIT_MS,
  SCROLL_TARGET_CALLS,
  SERVER_CONNECTIONS,
} from './config'
import { measureFirstLoad } from './first-load'
import { waitForSync } from './index-sync'
import { measureInteractions } from './interactions'
import { firstCallsFromIndex } from './index-first-page'
import { feedReach } from './node-feed'
import { measureScroll } from './scroll'
import { listEndpoints, loadEndpoints, startDirectSimulator, type InProcessFigures } from './server-load'
import type { BenchOptions } from './options'
import { startServer, type RunningServer, type Seeded, type SimStatus } from './server-process'
import { summarize } from './stats'

/** What every step of a scale's run gets: the browser (when a browser section runs), options, log. */
export type ScaleContext = {
  browser: Browser | null
  opts: BenchOptions
  results: {
    scales: Partial<Record<'default' | 'big', ScaleEntry>>
    bundle?: Awaited<ReturnType<typeof measureBundles>>
  }
  log: (line: string) => void
}

/** What one scale's run records (results.scales[name]). */
export type ScaleEntry = {
  scale: number
  seeded: Seeded | null
  startupMs: number
  counts: Record<string, number> | undefined
  feed?: Awaited<ReturnType<typeof firstLoads>>['feed']
  firstLoad?: Record<string, Awaited<ReturnType<typeof measureFirstLoad>>>
  interactions?: Awaited<ReturnType<typeof measureInteractions>>
  server?: { gateway: LoadFigures; inProcess: Record<string, InProcessFigures>; direct: LoadFigures }
}

type LoadFigures = Awaited<ReturnType<typeof loadEndpoints>>

type ScaleServer = RunningServer & { indexSync?: Awaited<ReturnType<typeof waitForSync>> }

const needBrowser = (browser: Browser | null): Browser => {
  if (!browser) throw new Error('this section needs the browser, which was not launched')
  return browser
}

async function start(
  name: string,
  scale: number,
  port: number,
  { opts, log }: Pick<ScaleContext, 'opts' | 'log'>,
): Promise<ScaleServer> {
  log(`Starting the server at scale ${scale} (${name})…`)
  const server: ScaleServer = await startServer({ scale, port, log: opts.verbose ? log : () => {} })
  log(
    server.seeded
      ? `  seeded in ${(server.seeded.seedMs / 1000).toFixed(1)} s (start-up ${(server.startupMs / 1000).toFixed(1)} s)`
      : `  reused the seeded data (start-up ${(server.startupMs / 1000).toFixed(1)} s)`,
  )
  // Since issue 12 the pages read the call index: measure only once its sync has settled.
  const sync = await waitForSync(server.baseURL)
  log(
    `  call index ${sync.settled ? 'synced' : 'NOT synced'} ${(sync.ms / 1000).toFixed(1)} s after start-up`,
  )
  server.indexSync = sync
  return server
}

function routesToMeasure(status: SimStatus) {
  const ex = status.examples ?? {}
  return [
    { name: '/calls/:source/:id', path: callHref('telnyx', String(ex.telnyxThreeLegSessionInLast24h)) },
    { name: '/leads/:id', path: leadHref(String(ex.showcaseLeadId)) },
    { name: '/events', path: eventsHref() },
  ]
}

async function firstLoads(
  browser: Browser,
  server: ScaleServer,
  name: string,
  { opts, log }: Pick<ScaleContext, 'opts' | 'log'>,
) {
  const samples: Awaited<ReturnType<typeof firstCallsFromIndex>>[] = []
  let rows: ListedCall[] = []
  for (let i = 0; i < opts.runs; i++) {
    // Since issue 12 the page reads the call index: its first /api/calls page gives the baseline rows.
    const run = await firstCallsFromIndex(server.baseURL, MIN_FIRST_ROWS)
    samples.push(run)
    rows = run.calls
  }
  const baselinePath = writeBaselinePage(rows, name)
  const out: Record<string, Awaited<ReturnType<typeof measureFirstLoad>>> = {}
  for (const cpuThrottle of [1, 4]) {
    log(`First load of /calls at ${cpuThrottle}× CPU (${name} scale)…`)
    out[`${cpuThrottle}x`] = await measureFirstLoad(browser, server.baseURL, {
      appPath: '/calls',
      baselinePath,
      cpuThrottle,
      runs: opts.runs,
      log,
      profile: opts.profile,
    })
  }
  return {
    feed: {
      first50: summarize(samples.map((s) => s.ms)),
      requests: samples[0]?.requests ?? 0,
      bytes: samples[0]?.bytes ?? 0,
      lastRunRequests: samples.at(-1)?.log ?? [],
    },
    firstLoad: out,
  }
}

async function serverLoad(
  server: ScaleServer,
  scale: number,
  { opts, log }: Pick<ScaleContext, 'opts' | 'log'>,
) {
  const endpoints = listEndpoints()
  const settings = { connections: SERVER_CONNECTIONS, seconds: opts.serverSeconds, log }
  const gateway = await loadEndpoints(server.baseURL, '/api', endpoints, { ...settings, label: 'gateway' })
  return { endpoints, gateway, scale }
}

async function directBaseline(
  scale: number,
  endpoints: ReturnType<typeof listEndpoints>,
  { opts, log }: Pick<ScaleContext, 'opts' | 'log'>,
) {
  log(`Bare simulator baseline at scale ${scale}…`)
  const direct = await startDirectSimulator(scale, log)
  try {
    const settings = { connections: SERVER_CONNECTIONS, seconds: opts.serverSeconds, log }
    const inProcess: Record<string, InProcessFigures> = {}
    for (const endpoint of endpoints) inProcess[endpoint.name] = await direct.inProcess(endpoint)
    const loads = await loadEndpoints(direct.baseURL, '', endpoints, { ...settings, label: 'direct' })
    return { inProcess, direct: loads }
  } finally {
    await direct.stop()
  }
}

export async function runScale(name: 'default' | 'big', scale: number, ctx: ScaleContext) {
  const { browser, opts, results, log } = ctx
  const server = await start(name, scale, PORTS[name], ctx)
  const entry: ScaleEntry = {
    scale,
    seeded: server.seeded,
    startupMs: server.startupMs,
    counts: server.status.counts,
  }
  results.scales[name] = entry
  let load = null
  try {
    if (opts.sections.has('bundle') && !results.bundle) {
      log('Bundle: cold loads of each route…')
      results.bundle = await measureBundles(
        needBrowser(browser),
        server.baseURL,
        routesToMeasure(server.status),
      )
    }
    if (opts.sections.has('first-load'))
      Object.assign(entry, await firstLoads(needBrowser(browser), server, name, ctx))
    if (opts.sections.has('interaction')) {
      log(`Interactions (${name} scale)…`)
      entry.interactions = await measureInteractions(needBrowser(browser), server.baseURL, {
        runs: opts.runs,
        log,
        profile: opts.profile,
      })
    }
    if (opts.sections.has('server')) {
      log(`Gateway load test (${name} scale)…`)
      load = await serverLoad(server, scale, ctx)
    }
  } finally {
    await server.stop()
  }
  if (load) {
    const baseline = await directBaseline(scale, load.endpoints, ctx)
    entry.server = { gateway: load.gateway, ...baseline }
  }
}

/** Scrolling needs SCROLL_TARGET_CALLS reachable calls: its own scale, with the Node feed's reach too. */
export async function runScroll(scale: number, ctx: ScaleContext) {
  const { browser, log } = ctx
  const server = await start('scroll', scale, PORTS.scroll, ctx)
  try {
    log(`Feed reach in Node (period=all, up to ${SCROLL_TARGET_CALLS.toLocaleString('en-US')} calls)…`)
    const reach = await feedReach(server.baseURL, 'period=all', SCROLL_TARGET_CALLS, SCROLL_LOAD_LIMIT_MS)
    log(
      `  the feed reached ${reach.reached.toLocaleString('en-US')} calls in ${Math.round(reach.ms / 1000)} s`,
    )
    log('Scrolling in the browser…')
    const scroll = await measureScroll(needBrowser(browser), server.baseURL, {
      log,
      profiled: ctx.opts.profile,
    })
    return {
      scaleName: 'scroll',
      scale,
      seeded: server.seeded,
      startupMs: server.startupMs,
      counts: server.status.counts,
      feedReach: reach,
      ...scroll,
    }
  } finally {
    await server.stop()
  }
}

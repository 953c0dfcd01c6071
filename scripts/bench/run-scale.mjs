// One scale's measurements: a server on its own data directory, the browser measurements against it,
// the gateway load test, then the bare-simulator baseline on the same data.
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
import { waitForSync } from './index-sync.mjs'
import { measureInteractions } from './interactions'
import { firstCallsFromIndex } from './index-first-page'
import { feedReach } from './node-feed.mjs'
import { measureScroll } from './scroll.mjs'
import { listEndpoints, loadEndpoints, startDirectSimulator } from './server-load.mjs'
import { startServer } from './server-process.mjs'
import { summarize } from './stats'

async function start(name, scale, port, { opts, log }) {
  log(`Starting the server at scale ${scale} (${name})…`)
  const server = await startServer({ scale, port, log: opts.verbose ? log : () => {} })
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

function routesToMeasure(status) {
  const ex = status.examples ?? {}
  return [
    { name: '/calls/:source/:id', path: `/calls/telnyx/${ex.telnyxThreeLegSessionInLast24h}` },
    { name: '/leads/:id', path: `/leads/${ex.showcaseLeadId}` },
    { name: '/events', path: '/events' },
  ]
}

async function firstLoads(browser, server, name, { opts, log }) {
  const samples = []
  let rows = []
  for (let i = 0; i < opts.runs; i++) {
    // Since issue 12 the page reads the call index: its first /api/calls page gives the baseline rows.
    const run = await firstCallsFromIndex(server.baseURL, MIN_FIRST_ROWS)
    samples.push(run)
    rows = run.calls
  }
  const baselinePath = writeBaselinePage(rows, name)
  const out = {}
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

async function serverLoad(server, scale, { opts, log }) {
  const endpoints = listEndpoints()
  const settings = { connections: SERVER_CONNECTIONS, seconds: opts.serverSeconds, log }
  const gateway = await loadEndpoints(server.baseURL, '/api', endpoints, { ...settings, label: 'gateway' })
  return { endpoints, gateway, scale }
}

async function directBaseline(scale, endpoints, { opts, log }) {
  log(`Bare simulator baseline at scale ${scale}…`)
  const direct = await startDirectSimulator(scale, log)
  try {
    const settings = { connections: SERVER_CONNECTIONS, seconds: opts.serverSeconds, log }
    const inProcess = {}
    for (const endpoint of endpoints) inProcess[endpoint.name] = await direct.inProcess(endpoint)
    const loads = await loadEndpoints(direct.baseURL, '', endpoints, { ...settings, label: 'direct' })
    return { inProcess, direct: loads }
  } finally {
    await direct.stop()
  }
}

export async function runScale(name, scale, ctx) {
  const { browser, opts, results, log } = ctx
  const server = await start(name, scale, PORTS[name], ctx)
  const entry = { scale, seeded: server.seeded, startupMs: server.startupMs, counts: server.status.counts }
  results.scales[name] = entry
  let load = null
  try {
    if (opts.sections.has('bundle') && !results.bundle) {
      log('Bundle: cold loads of each route…')
      results.bundle = await measureBundles(browser, server.baseURL, routesToMeasure(server.status))
    }
    if (opts.sections.has('first-load')) Object.assign(entry, await firstLoads(browser, server, name, ctx))
    if (opts.sections.has('interaction')) {
      log(`Interactions (${name} scale)…`)
      entry.interactions = await measureInteractions(browser, server.baseURL, {
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
export async function runScroll(scale, ctx) {
  const { browser, log } = ctx
  const server = await start('scroll', scale, PORTS.scroll, ctx)
  try {
    log(`Feed reach in Node (period=all, up to ${SCROLL_TARGET_CALLS.toLocaleString('en-US')} calls)…`)
    const reach = await feedReach(server.baseURL, 'period=all', SCROLL_TARGET_CALLS, SCROLL_LOAD_LIMIT_MS)
    log(
      `  the feed reached ${reach.reached.toLocaleString('en-US')} calls in ${Math.round(reach.ms / 1000)} s`,
    )
    log('Scrolling in the browser…')
    const scroll = await measureScroll(browser, server.baseURL, { log, profiled: ctx.opts.profile })
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

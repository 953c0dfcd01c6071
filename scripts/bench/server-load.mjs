// Latency of the main list endpoints under concurrent load (autocannon), through the gateway
// (/api/<provider>/…) and, as the baseline in the same run, straight to the same simulator behind a bare
// HTTP server, plus the simulator timed in-process without any HTTP.
import { spawn } from 'node:child_process'
import autocannon from 'autocannon'
import { PORTS } from './config'
import { defaultViewRequests } from './node-feed.mjs'
import { percentile, round } from './stats'

/** The list requests, as a provider path (the gateway adds /api in front). */
export function listEndpoints() {
  const view = defaultViewRequests()
  return [
    {
      name: 'telnyx call_events 250 (24 h)',
      provider: 'telnyx',
      method: 'GET',
      path: '/v2/call_events?page[size]=250',
    },
    {
      name: 'telnyx call.initiated 250 (list stream)',
      provider: 'telnyx',
      method: 'GET',
      path: view.telnyxInitiated,
    },
    {
      name: 'leadping calls/all/my 100',
      provider: 'leadping',
      method: 'POST',
      path: '/events/calls/all/my',
      body: JSON.stringify(view.leadpingBody),
    },
    {
      name: 'skipcall /v1/calls 100',
      provider: 'skipcall',
      method: 'GET',
      path: '/v1/calls?page=0&size=100',
    },
    { name: 'callingbox /v1/calls (all)', provider: 'callingbox', method: 'GET', path: '/v1/calls' },
  ]
}

function cannon(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
    if (onResponse) instance.on('response', onResponse)
  })
}

/** One endpoint at one concurrency: a short unrecorded warm-up, then `seconds` of measured load. */
async function loadOne(url, endpoint, connections, seconds) {
  const options = {
    url,
    method: endpoint.method,
    connections,
    headers: endpoint.body ? { 'content-type': 'application/json' } : {},
    body: endpoint.body,
  }
  await cannon({ ...options, duration: 2 })
  const latencies = []
  let bytes = 0
  const result = await cannon({ ...options, duration: seconds }, (_client, status, resBytes, ms) => {
    latencies.push(ms)
    bytes = resBytes
  })
  latencies.sort((a, b) => a - b)
  return {
    connections,
    requests: latencies.length,
    rps: round(latencies.length / seconds, 1),
    // No answer inside the window (a 12.5 MB CallingBox list under 6 connections): no percentile at all.
    p50: latencies.length ? round(percentile(latencies, 50) ?? 0, 1) : null,
    p95: latencies.length ? round(percentile(latencies, 95) ?? 0, 1) : null,
    p99: latencies.length ? round(percentile(latencies, 99) ?? 0, 1) : null,
    max: latencies.length ? round(latencies.at(-1) ?? 0, 1) : null,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    responseBytes: bytes,
  }
}

export async function loadEndpoints(baseURL, prefix, endpoints, { connections, seconds, log, label }) {
  const out = {}
  for (const endpoint of endpoints) {
    out[endpoint.name] = []
    for (const c of connections) {
      const figures = await loadOne(
        `${baseURL}${prefix}/${endpoint.provider}${endpoint.path}`,
        endpoint,
        c,
        seconds,
      )
      out[endpoint.name].push(figures)
      log(
        `  ${label} ${endpoint.name} c=${c}: p50 ${figures.p50} ms, p95 ${figures.p95} ms, ${figures.rps} req/s`,
      )
    }
  }
  return out
}

/** Starts the bare simulator server (tsx runs it: it imports the simulator's TypeScript). */
export async function startDirectSimulator(scale, log) {
  const port = PORTS.direct
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/sim-direct.mjs', String(scale), String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const kill = () => child.kill('SIGKILL')
  process.on('exit', kill)
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('ready')) resolve()
    })
    child.stderr.on('data', (chunk) => log(`[direct] ${String(chunk).trim()}`))
    child.once('exit', (code) => reject(new Error(`the direct simulator exited (${code})`)))
  })
  await ready
  const baseURL = `http://127.0.0.1:${port}`
  return {
    baseURL,
    async inProcess(endpoint) {
      const q = new URLSearchParams({
        provider: endpoint.provider,
        method: endpoint.method,
        path: endpoint.path,
      })
      if (endpoint.body) q.set('body', endpoint.body)
      return (await fetch(`${baseURL}/__inprocess?${q}`)).json()
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      process.off('exit', kill)
    },
  }
}

// Latency of the main list endpoints under concurrent load (autocannon), through the gateway
// (/api/<provider>/…) and, as the baseline in the same run, straight to the same simulator behind a bare
// HTTP server, plus the simulator timed in-process without any HTTP.
import { spawn } from 'node:child_process'
import { PORTS } from './config'
import { defaultViewRequests } from './node-feed'
import { cannon, type CannonOptions } from './cannon'
import { percentile, round } from './stats'

/** The list requests, as a provider path (the gateway adds /api in front). */
/** The simulator timed in-process (sim-direct.ts): ms percentiles and the answer's size. */
export type InProcessFigures = { p50: number; p95: number; p99: number; bytes: number }

export type Endpoint = { name: string; provider: string; method: string; path: string; body?: string }

export function listEndpoints(): Endpoint[] {
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

/** One endpoint at one concurrency: a short unrecorded warm-up, then `seconds` of measured load. */
async function loadOne(url: string, endpoint: Endpoint, connections: number, seconds: number) {
  const options: CannonOptions = {
    url,
    method: endpoint.method,
    connections,
    headers: endpoint.body ? { 'content-type': 'application/json' } : {},
    body: endpoint.body,
  }
  await cannon({ ...options, duration: 2 })
  const latencies: number[] = []
  let bytes = 0
  const result = await cannon({ ...options, duration: seconds }, (_client, _status, resBytes, ms) => {
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

export async function loadEndpoints(
  baseURL: string,
  prefix: string,
  endpoints: Endpoint[],
  {
    connections,
    seconds,
    log,
    label,
  }: { connections: number[]; seconds: number; log: (line: string) => void; label: string },
) {
  const out: Record<string, Awaited<ReturnType<typeof loadOne>>[]> = {}
  for (const endpoint of endpoints) {
    const figures: Awaited<ReturnType<typeof loadOne>>[] = []
    out[endpoint.name] = figures
    for (const c of connections) {
      const one = await loadOne(
        `${baseURL}${prefix}/${endpoint.provider}${endpoint.path}`,
        endpoint,
        c,
        seconds,
      )
      figures.push(one)
      log(
        `  ${label} ${endpoint.name} c=${c}: p50 ${one.p50 ?? '—'} ms, p95 ${one.p95 ?? '—'} ms, ${one.rps} req/s`,
      )
    }
  }
  return out
}

/** Starts the bare simulator server (tsx runs it: it imports the simulator's TypeScript). */
export async function startDirectSimulator(scale: number, log: (line: string) => void) {
  const port = PORTS.direct
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/sim-direct.ts', String(scale), String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const kill = () => child.kill('SIGKILL')
  process.on('exit', kill)
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('ready')) resolve()
    })
    child.stderr.on('data', (chunk: Buffer) => log(`[direct] ${String(chunk).trim()}`))
    child.once('exit', (code) => reject(new Error(`the direct simulator exited (${code})`)))
  })
  await ready
  const baseURL = `http://127.0.0.1:${port}`
  return {
    baseURL,
    async inProcess(endpoint: Endpoint): Promise<InProcessFigures> {
      const q = new URLSearchParams({
        provider: endpoint.provider,
        method: endpoint.method,
        path: endpoint.path,
      })
      if (endpoint.body) q.set('body', endpoint.body)
      return (await (await fetch(`${baseURL}/__inprocess?${q.toString()}`)).json()) as InProcessFigures
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      process.off('exit', kill)
    },
  }
}

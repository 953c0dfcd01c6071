// The gateway's baseline: the same simulator (same data directory) behind a bare node:http server,
// without the gateway (no allowlist, header filtering, key redaction or Hono routing). Also times the
// simulator in-process, without HTTP. Run by the benchmark with tsx:
//   tsx scripts/bench/sim-direct.mjs <scale> <port>
// It answers /<provider>/<documented path> and GET /__inprocess?provider=…&method=…&path=…&body=….
import { createServer } from 'node:http'
import { createSimulator } from '../../server/simulator'
import { SIM_NOW, SIM_SEED, dataDir } from './config'
import { percentile, round } from './stats'

const [scaleArg, portArg] = process.argv.slice(2)
const scale = Number(scaleArg)
const sim = createSimulator({
  dataDir: dataDir(scale),
  seed: SIM_SEED,
  now: SIM_NOW,
  scale,
  live: false,
  reset: false,
  leadpingRevision: '2026-07',
  logger: { info: (m) => console.log(m), warn: (m) => console.warn(m) },
})

function simRequest(provider, method, path, body) {
  const headers = { authorization: `Bearer ${sim.demoKey(provider)}` }
  if (body) headers['content-type'] = 'application/json'
  return new Request(`http://simulator.internal${path}`, { method, headers, body: body || undefined })
}

async function inProcess(provider, method, path, body) {
  const samples = []
  let bytes = 0
  // Ten warm-up calls (JIT, statement cache, the simulator's event cache), then thirty timed ones.
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now()
    const response = await sim.handle(provider, simRequest(provider, method, path, body))
    bytes = (await response.arrayBuffer()).byteLength
    if (i >= 10) samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return {
    p50: round(percentile(samples, 50) ?? 0, 2),
    p95: round(percentile(samples, 95) ?? 0, 2),
    p99: round(percentile(samples, 99) ?? 0, 2),
    bytes,
  }
}

const readBody = (req) =>
  new Promise((resolve) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const body = await readBody(req)
  if (url.pathname === '/__inprocess') {
    const q = url.searchParams
    const result = await inProcess(q.get('provider'), q.get('method') ?? 'GET', q.get('path'), q.get('body'))
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result))
    return
  }
  const [, provider, ...rest] = url.pathname.split('/')
  const path = `/${rest.join('/')}${url.search}`
  const response = await sim.handle(provider, simRequest(provider, req.method ?? 'GET', path, body))
  const bytes = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, {
    'content-type': response.headers.get('content-type') ?? 'application/json',
  })
  res.end(bytes)
})
server.listen(Number(portArg), '127.0.0.1', () => console.log('ready'))
process.on('SIGTERM', () => server.close(() => (sim.close(), process.exit(0))))

// The gateway's baseline: the same simulator (same data directory) behind a bare node:http server,
// without the gateway (no allowlist, header filtering, key redaction or Hono routing). Also times the
// simulator in-process, without HTTP. Run by the benchmark with tsx:
//   tsx scripts/bench/sim-direct.ts <scale> <port>
// It answers /<provider>/<documented path> and GET /__inprocess?provider=…&method=…&path=…&body=….
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { SOURCES, type Source } from '#domain/call'
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
  logger: { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m) },
})

/** A provider name from the URL; unknown ones answer 404 (the simulator would not know them either). */
const asSource = (name: string | null | undefined): Source | null =>
  SOURCES.find((source) => source === name) ?? null

function simRequest(provider: Source, method: string, path: string, body: string | null) {
  const headers: Record<string, string> = { authorization: `Bearer ${sim.demoKey(provider)}` }
  if (body) headers['content-type'] = 'application/json'
  return new Request(`http://simulator.internal${path}`, { method, headers, body: body || undefined })
}

async function inProcess(provider: Source, method: string, path: string, body: string | null) {
  const samples: number[] = []
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

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })

const JSON_TYPE = { 'content-type': 'application/json' }

async function answer(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const body = await readBody(req)
  if (url.pathname === '/__inprocess') {
    const q = url.searchParams
    const provider = asSource(q.get('provider'))
    if (!provider) return void res.writeHead(404, JSON_TYPE).end('{}')
    const result = await inProcess(provider, q.get('method') ?? 'GET', q.get('path') ?? '/', q.get('body'))
    res.writeHead(200, JSON_TYPE).end(JSON.stringify(result))
    return
  }
  const [, name, ...rest] = url.pathname.split('/')
  const provider = asSource(name)
  if (!provider) return void res.writeHead(404, JSON_TYPE).end('{}')
  const path = `/${rest.join('/')}${url.search}`
  const response = await sim.handle(provider, simRequest(provider, req.method ?? 'GET', path, body))
  const bytes = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, {
    'content-type': response.headers.get('content-type') ?? 'application/json',
  })
  res.end(bytes)
}

const server = createServer((req, res) => void answer(req, res))
server.listen(Number(portArg), '127.0.0.1', () => console.log('ready'))
process.on('SIGTERM', () => server.close(() => (sim.close(), process.exit(0))))

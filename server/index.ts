import type { IncomingMessage, Server } from 'node:http'
import { constants } from 'node:os'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { deleteSqliteIndex } from './call-index/db'
import { createCallIndex } from './call-index/service'
import { ConfigError, loadConfig, type ServerConfig } from './config'
import { applyEnvFile } from './env-file'
import { consoleLogger } from './http/logger'
import { trackForShutdown } from './graceful-shutdown'
import { SOURCES } from '#domain/call'
import { createSimulator } from './simulator'
import { localWebhookUrl, startWebhookDelivery, type WebhookDelivery } from './simulator/webhook-delivery'

const ACCESS_LINES: Record<ServerConfig['auth']['mode'], string> = {
  open: 'access: open (bound to loopback only)',
  password: 'access: password sign-in (DASHBOARD_PASSWORD)',
  'trust-header': 'access: identity header from the proxy in front (TRUST_AUTH_HEADER)',
}

/** How long start-up waits for the first sync before listening anyway (it goes on in the background). */
const FIRST_SYNC_WAIT_MS = 10_000
/** How long a stopping server lets requests in flight finish before it cuts their connections. */
const STOP_GRACE_MS = 10_000
/** A second signal sooner than this after the first is the same stop request delivered twice. */
const SIGNAL_ECHO_MS = 500

/** EventSource asks for text/event-stream; the call index's live stream is the one such response. */
const isEventStream = (request: IncomingMessage) =>
  (request.headers.accept ?? '').includes('text/event-stream') ||
  (request.url ?? '').startsWith('/api/calls/stream')

async function main() {
  let config
  try {
    // The working directory's .env (git-ignored) fills in what the environment does not set.
    if (applyEnvFile('.env', process.env)) console.log('settings: read .env')
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  // The simulator (and its SQLite file) only exists when some provider has no key.
  const needsSimulator = SOURCES.some((id) => config.providers[id].mode === 'simulator')
  const simulator = needsSimulator
    ? createSimulator({ ...config.simulator, logger: consoleLogger })
    : undefined
  // The index mirrors the simulator's data: reseeded data means rebuilding it. A PostgreSQL index is
  // shared with other instances (each with its own simulator), so it is left to whoever runs them.
  if (simulator?.reseeded && config.index.databaseUrl === undefined)
    deleteSqliteIndex(config.simulator.dataDir)
  if (simulator?.reseeded && config.index.databaseUrl !== undefined)
    console.warn(
      'simulator: reseeded; the PostgreSQL index keeps the calls it synced before (use an empty database to start over)',
    )
  // With simulated providers the index reads time from the simulator's data clock (SIM_NOW pins it), so
  // "last 24 hours" means the same on the server as in the simulated providers' data.
  const now = simulator ? () => new Date(simulator.context.clock.dataUs() / 1000) : undefined
  const where = indexLocationText(config)
  let index
  try {
    index = await createCallIndex({ config, simulator, logger: consoleLogger, now })
  } catch (error) {
    // pg's messages name the host or the database, never the password; the URL itself is not printed.
    console.error(
      `call index: could not open ${where}: ${error instanceof Error ? error.message : String(error)}`,
    )
    simulator?.close()
    process.exit(1)
  }
  console.log(`call index: ${where}`)
  index.scheduler.start()
  const started = Date.now()
  await index.scheduler.firstPass(FIRST_SYNC_WAIT_MS)
  const waited = Date.now() - started
  console.log(
    `call index: first sync ${waited >= FIRST_SYNC_WAIT_MS ? 'still running' : 'done'} after ${waited} ms`,
  )
  const app = createApp(config, { logger: consoleLogger, simulator, index })
  for (const id of SOURCES) {
    const p = config.providers[id]
    console.log(`${id}: ${p.mode === 'live' ? `live (${p.baseUrl})` : 'simulator'}`)
  }
  console.log(ACCESS_LINES[config.auth.mode])
  let delivery: WebhookDelivery | undefined
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`Calltrail listening on http://${info.address}:${info.port}`)
    // Standing in for Telnyx, live mode pushes its new call events to our own receiver, signed with the
    // simulator's key. With TELNYX_PUBLIC_KEY set the receiver trusts only that key, so nothing is sent.
    if (simulator && config.simulator.live && config.providers.telnyx.mode === 'simulator') {
      if (config.telnyxPublicKey) {
        console.log('telnyx webhooks: not simulated (TELNYX_PUBLIC_KEY is set)')
      } else {
        const url = localWebhookUrl(config.host, info.port)
        delivery = startWebhookDelivery({ sim: simulator, url, intervalMs: 2000, logger: consoleLogger })
        console.log(`telnyx webhooks: simulator delivers to ${url}`)
      }
    }
  })
  const shutdown = trackForShutdown(server as Server, isEventStream)
  let stoppingSince: number | undefined
  const stop = (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      // Ctrl-C in a terminal reaches both `npm start`'s wrapper and us, and the wrapper forwards it
      // again: a repeat within moments is that echo, not someone asking twice.
      if (Date.now() - stoppingSince < SIGNAL_ECHO_MS) return
      console.error(`${signal} again: stopping without waiting`)
      process.exit(128 + (constants.signals[signal] ?? 0))
    }
    stoppingSince = Date.now()
    console.log(`${signal}: stopping (requests in flight get up to ${STOP_GRACE_MS / 1000} s to finish)`)
    // First, so no delivery to ourselves keeps a connection open while the server closes.
    delivery?.stop()
    void shutdown
      .stop(STOP_GRACE_MS)
      .then(async ({ forced }) => {
        if (forced) console.warn('stop: cut the connections still open after the grace period')
        await index.close()
        simulator?.close()
        console.log('stopped')
        process.exit(0)
      })
      .catch((error: unknown) => {
        console.error(`stop failed: ${error instanceof Error ? error.message : String(error)}`)
        process.exit(1)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** Where the index lives, for the log: PostgreSQL's host, port and database, never its user or password. */
function indexLocationText(config: ServerConfig): string {
  const url = config.index.databaseUrl
  if (url === undefined) return `SQLite in ${config.simulator.dataDir}`
  try {
    const parsed = new URL(url)
    return `PostgreSQL at ${parsed.host}${parsed.pathname}`
  } catch {
    return 'PostgreSQL (DATABASE_URL)'
  }
}

void main()

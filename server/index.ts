import { serve } from '@hono/node-server'
import { createApp } from './app'
import { deleteSqliteIndex } from './call-index/db'
import { createCallIndex } from './call-index/service'
import { ConfigError, loadConfig, type ServerConfig } from './config'
import { consoleLogger } from './gateway/logger'
import { PROVIDER_IDS } from './providers'
import { createSimulator } from './simulator'
import { localWebhookUrl, startWebhookDelivery, type WebhookDelivery } from './simulator/webhook-delivery'

const ACCESS_LINES: Record<ServerConfig['auth']['mode'], string> = {
  open: 'access: open (bound to loopback only)',
  password: 'access: password sign-in (DASHBOARD_PASSWORD)',
  'trust-header': 'access: identity header from the proxy in front (TRUST_AUTH_HEADER)',
}

/** How long start-up waits for the first sync before listening anyway (it goes on in the background). */
const FIRST_SYNC_WAIT_MS = 10_000

async function main() {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  // The simulator (and its SQLite file) only exists when some provider has no key.
  const needsSimulator = PROVIDER_IDS.some((id) => config.providers[id].mode === 'simulator')
  const simulator = needsSimulator
    ? createSimulator({ ...config.simulator, logger: consoleLogger })
    : undefined
  // The index mirrors the simulator's data: reseeded data means rebuilding it.
  if (simulator?.reseeded) deleteSqliteIndex(config.simulator.dataDir)
  // With simulated providers the index reads time from the simulator's data clock (SIM_NOW pins it), so
  // "last 24 hours" means the same on the server as in the simulated providers' data.
  const now = simulator ? () => new Date(simulator.context.clock.dataUs() / 1000) : undefined
  const index = await createCallIndex({ config, simulator, logger: consoleLogger, now })
  index.scheduler.start()
  const started = Date.now()
  await index.scheduler.firstPass(FIRST_SYNC_WAIT_MS)
  const waited = Date.now() - started
  console.log(
    `call index: first sync ${waited >= FIRST_SYNC_WAIT_MS ? 'still running' : 'done'} after ${waited} ms`,
  )
  const app = createApp(config, { logger: consoleLogger, simulator, index })
  for (const id of PROVIDER_IDS) {
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
  const stop = () => {
    // First, so no delivery to ourselves keeps a connection open while the server closes.
    delivery?.stop()
    server.close(() => {
      void index.close().finally(() => {
        simulator?.close()
        process.exit(0)
      })
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()

import { serve } from '@hono/node-server'
import { createApp } from './app'
import { ConfigError, loadConfig, type ServerConfig } from './config'
import { consoleLogger } from './gateway/logger'
import { PROVIDER_IDS } from './providers'

const ACCESS_LINES: Record<ServerConfig['auth']['mode'], string> = {
  open: 'access: open (bound to loopback only)',
  password: 'access: password sign-in (DASHBOARD_PASSWORD)',
  'trust-header': 'access: identity header from the proxy in front (TRUST_AUTH_HEADER)',
}

function main() {
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
  const app = createApp(config, { logger: consoleLogger })
  for (const id of PROVIDER_IDS) {
    const p = config.providers[id]
    console.log(`${id}: ${p.mode === 'live' ? `live (${p.baseUrl})` : 'simulator'}`)
  }
  console.log(ACCESS_LINES[config.auth.mode])
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`Calltrail listening on http://${info.address}:${info.port}`)
  })
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main()

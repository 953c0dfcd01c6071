import { serve } from '@hono/node-server'
import { createApp } from './app'
import { ConfigError, loadConfig } from './config'
import { PROVIDER_IDS } from './providers'

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
  const app = createApp(config)
  for (const id of PROVIDER_IDS) {
    const p = config.providers[id]
    console.log(`${id}: ${p.mode === 'live' ? `live (${p.baseUrl})` : 'simulator'}`)
  }
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    console.log(`Calltrail listening on http://${info.address}:${info.port}`)
  })
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main()

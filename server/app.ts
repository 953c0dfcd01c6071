import { Hono } from 'hono'
import type { ServerConfig } from './config'
import { PROVIDER_IDS } from './providers'
import { serveSpa } from './static'

/**
 * Builds the whole HTTP surface. It never listens: server/index.ts binds the port, and tests call
 * app.request() in-process.
 */
export function createApp(config: ServerConfig) {
  const app = new Hono()

  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      providers: Object.fromEntries(PROVIDER_IDS.map((id) => [id, { mode: config.providers[id].mode }])),
    }),
  )

  app.use('*', serveSpa(config.staticDir))
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Not found' } }, 404))
  return app
}

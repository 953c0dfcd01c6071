import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { accessControl, type Access } from './auth/access-control'
import { createAttemptLimiter } from './auth/attempt-limiter'
import { authRoutes } from './auth/auth-routes'
import { createSessions } from './auth/session'
import type { ServerConfig } from './config'
import { openSqliteIndex, type IndexDb } from './call-index/db'
import type { CallIndex } from './call-index/service'
import { apiRoutes } from './gateway/api-routes'
import { jsonError } from './http/errors'
import { consoleLogger, type Logger } from './http/logger'
import type { SimulatorUpstream } from './simulator-upstream'
import { simulatorRoutes } from './gateway/simulator-routes'
import { SOURCES } from '#domain/call'
import { socketAddress, type ClientAddress } from './security/client-address'
import { securityHeaders } from './security/headers'
import { hostCheck } from './security/host-check'
import { pageRendering } from './ssr/render-page'
import { serveSpa } from './static'
import { telnyxWebhookPublicKey } from './webhooks/telnyx-webhook-key'
import { telnyxWebhookRoutes } from './webhooks/telnyx-webhook-route'

export type AppDeps = {
  /** Answers providers that have no API key. Without it such providers get 503. */
  simulator?: SimulatorUpstream
  /** Defaults to the console. */
  logger?: Logger
  /** The peer address of a request; defaults to the Node socket. Tests inject one. */
  clientAddress?: ClientAddress
  /** Clock in milliseconds for session expiry and the sign-in limiter; tests fix it. */
  now?: () => number
  /** The call index (`/api/calls`, `/api/sync`, the live stream). Without it those paths answer 404. */
  index?: CallIndex
}

/**
 * An app without a call index (tests of everything but the index) keeps its sign-in counts in an
 * in-memory index of its own, opened on the first sign-in: the same code and SQL as with the real
 * index, rather than a second, in-memory limiter that could drift from it. The server always has an
 * index (server/index.ts), so this never runs there.
 */
function privateIndexOnce(): () => Promise<IndexDb> {
  let opened: Promise<IndexDb> | null = null
  return () => (opened ??= openSqliteIndex(':memory:'))
}

/** How long a server-rendered page waits for its data; a slower source then loads in the browser. */
const PAGE_DATA_WAIT_MS = 2_000

function createAccess(config: ServerConfig, now: () => number): Access {
  const { mode, password, trustHeader, sessionSecret } = config.auth
  if (mode === 'password' && password) {
    // Without SESSION_SECRET a fresh secret per start means a restart signs everybody out, which is fine.
    const secret = sessionSecret ?? randomBytes(32).toString('base64url')
    return { mode, password, sessions: createSessions({ secret, password, now }) }
  }
  if (mode === 'trust-header' && trustHeader) return { mode, header: trustHeader }
  return { mode: 'open' }
}

/**
 * Builds the whole HTTP surface. It never listens: server/index.ts binds the port, and tests call
 * app.request() in-process. Order matters: security headers wrap everything, the Host check comes next,
 * access control guards everything but the health check and the sign-in page.
 */
export function createApp(config: ServerConfig, deps: AppDeps = {}) {
  const logger = deps.logger ?? consoleLogger
  const clientAddress = deps.clientAddress ?? socketAddress
  const now = deps.now ?? Date.now
  const access = createAccess(config, now)
  const index = deps.index
  const limiter = createAttemptLimiter({
    db: index === undefined ? privateIndexOnce() : () => index.db,
    max: 10,
    windowMs: 15 * 60_000,
    now,
  })
  const app = new Hono()

  app.use('*', securityHeaders())
  // Open mode has no sign-in to stop a DNS-rebinding page, so the Host check is always on there; behind a
  // password or an SSO proxy it is on when ALLOWED_HOSTS names the hosts. Before access control, so a
  // rebinding page never reaches the sign-in form either.
  if (access.mode === 'open' || config.allowedHosts.length > 0) {
    app.use('*', hostCheck({ allowedHosts: config.allowedHosts, bindHost: config.host }))
  }
  app.use('*', accessControl(access))

  app.get('/healthz', (c) =>
    c.json(
      {
        status: 'ok',
        providers: Object.fromEntries(SOURCES.map((id) => [id, { mode: config.providers[id].mode }])),
      },
      200,
      { 'cache-control': 'no-store' },
    ),
  )
  app.route('/', authRoutes({ access, limiter, clientAddress, logger }))
  if (index) {
    // Telnyx pushes call events here; its signature is its authentication (see access-control.ts).
    app.route(
      '/',
      telnyxWebhookRoutes({
        publicKey: telnyxWebhookPublicKey(config, deps.simulator),
        sink: (webhook, raw) => index.ingestTelnyxWebhook(webhook, raw),
        logger,
        now,
        maxBodyBytes: config.maxBodyBytes,
      }),
    )
  }
  // The index's own paths come before the gateway's catch-all `/api/<provider>/…`.
  if (deps.index) app.route('/', deps.index.routes())
  app.route('/', apiRoutes(config, { simulator: deps.simulator, logger, budget: deps.index?.budget }))
  app.route(
    '/',
    simulatorRoutes({ simulator: deps.simulator, clientAddress, maxBodyBytes: config.maxBodyBytes }),
  )
  // Pages are rendered here with their data (server/ssr/), behind the same Host check and access control;
  // their data requests go through this app in-process, so they pass the same checks again.
  const renderPage = pageRendering({
    staticDir: config.staticDir,
    fetchApp: (request, env) => app.fetch(request, env),
    logger,
    dataWaitMs: PAGE_DATA_WAIT_MS,
  })
  app.use('*', serveSpa(config.staticDir, { renderPage }))

  app.notFound((c) => jsonError(c, 404, 'not_found', 'Not found.'))
  app.onError((error, c) => {
    logger.warn(`error: ${c.req.method} ${c.req.path}: ${error.name}: ${error.message}`)
    return jsonError(c, 500, 'internal_error', 'Something went wrong on the server.')
  })
  return app
}

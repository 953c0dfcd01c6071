import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AccessMode } from '../config'
import { jsonError } from '../http/errors'
import { safeNext } from './safe-next'
import { SESSION_COOKIE, type Sessions } from './session'

export type Access =
  | { mode: 'open' }
  | { mode: 'password'; sessions: Sessions; password: string }
  | { mode: 'trust-header'; header: string }

export type Identity = { authenticated: boolean; mode: AccessMode; user?: string }

/** Paths anyone may load: the health check, the sign-in page and what it needs, the auth forms. */
const PUBLIC_PATHS = new Set([
  '/healthz',
  '/auth/sign-in',
  '/auth/sign-in.css',
  '/auth/sign-out',
  '/favicon.svg',
  '/robots.txt',
])

/**
 * Telnyx cannot sign in: its webhook deliveries authenticate by their Ed25519 signature, which the
 * receiver (server/webhooks) checks before parsing or applying anything. Only that method on that path.
 */
function isSignedWebhookDelivery(c: Context): boolean {
  return c.req.method === 'POST' && c.req.path === '/webhooks/telnyx'
}

export function identify(c: Context, access: Access): Identity {
  switch (access.mode) {
    case 'open':
      return { authenticated: true, mode: 'open' }
    case 'password':
      return { authenticated: access.sessions.isValid(getCookie(c, SESSION_COOKIE)), mode: 'password' }
    case 'trust-header': {
      // The proxy in front owns this header: it must strip any copy a client sends (see README).
      const user = c.req.header(access.header)?.trim().slice(0, 256)
      return user
        ? { authenticated: true, mode: 'trust-header', user }
        : { authenticated: false, mode: 'trust-header' }
    }
  }
}

function isPageNavigation(c: Context): boolean {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return false
  if (/^\/(api|sim-media|sim-admin|auth)\//.test(c.req.path)) return false
  return c.req.header('sec-fetch-mode') === 'navigate' || (c.req.header('accept') ?? '').includes('text/html')
}

/**
 * Lets a request through when the access mode allows it. Unauthenticated page loads in password mode go
 * to the sign-in page (remembering where they were headed); everything else gets a 401 JSON error.
 */
export function accessControl(access: Access): MiddlewareHandler {
  return async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path) || isSignedWebhookDelivery(c) || identify(c, access).authenticated) {
      return next()
    }
    if (access.mode === 'password' && isPageNavigation(c)) {
      const url = new URL(c.req.url)
      return c.redirect(`/auth/sign-in?next=${encodeURIComponent(safeNext(url.pathname + url.search))}`, 302)
    }
    const message =
      access.mode === 'password'
        ? 'Sign in first: this dashboard is password protected.'
        : 'This dashboard must be reached through its sign-in proxy.'
    return jsonError(c, 401, 'unauthenticated', message)
  }
}

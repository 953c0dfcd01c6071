import type { MiddlewareHandler } from 'hono'

/**
 * Only our own scripts, styles and connections; no frames, plugins or <base> tricks. Media may also come
 * from https hosts because live providers serve recordings from their own storage. No 'unsafe-inline'
 * anywhere: the Vite build emits no inline script and the sign-in page uses an external stylesheet.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Recording links can carry access tokens in their query; never leak them to another site.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

/**
 * Sets the headers on every response, whatever produced it: static files, the gateway, error handlers
 * and 404s. Responses relayed from fetch carry immutable headers, so those are copied first.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    let response = c.res
    try {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value)
    } catch {
      response = new Response(response.body, response)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value)
      c.res = response
    }
  }
}

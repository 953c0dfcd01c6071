import type { MiddlewareHandler } from 'hono'

/**
 * Only our own scripts, styles and connections; no frames, plugins or <base> tricks. Media may also come
 * from https hosts because live providers serve recordings from their own storage. No 'unsafe-inline'
 * for scripts or style elements: the Vite build emits no inline script, a server-rendered page embeds its
 * data as JSON (not script), and the sign-in page uses an external stylesheet.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Server-rendered HTML carries React's style attributes (the virtual rows' positions); without this they
  // would be dropped before hydration. Attributes only: style elements and every script stay 'self'.
  "style-src-attr 'unsafe-inline'",
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
 * A relayed provider body carries its own `sandbox` policy (server/gateway/relayed-types.ts). Sent as a
 * second policy beside ours, both apply: a browser enforces every Content-Security-Policy it receives.
 */
function keepsOwnPolicy(headers: Headers): boolean {
  return /(^|;)\s*sandbox\b/.test(headers.get('content-security-policy') ?? '')
}

function applyTo(headers: Headers) {
  const ownPolicy = keepsOwnPolicy(headers)
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (name === 'content-security-policy' && ownPolicy) headers.append(name, value)
    else headers.set(name, value)
  }
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
      applyTo(response.headers)
    } catch {
      response = new Response(response.body, response)
      applyTo(response.headers)
      c.res = response
    }
  }
}

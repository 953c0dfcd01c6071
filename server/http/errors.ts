import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Source } from '#domain/call'

/**
 * The server's own error body, for what it answers itself (the gateway, sign-in, the call index, the
 * webhook, the host check). Upstream JSON errors pass through (key masked) in their own format; an
 * upstream answer that is not JSON is replaced by this.
 */
export type JsonErrorBody = {
  error: { code: string; message: string; provider?: Source }
}

export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  provider?: Source,
  headers: Record<string, string> = {},
) {
  const body: JsonErrorBody = { error: { code, message, ...(provider ? { provider } : {}) } }
  return c.json(body, status, { 'cache-control': 'no-store', ...headers })
}

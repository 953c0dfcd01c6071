import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ProviderId } from '../providers'

/**
 * The gateway's own error body. Upstream JSON errors pass through (key masked) in their own format; an
 * upstream answer that is not JSON is replaced by this.
 */
export type GatewayErrorBody = {
  error: { code: string; message: string; provider?: ProviderId }
}

export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  provider?: ProviderId,
  headers: Record<string, string> = {},
) {
  const body: GatewayErrorBody = { error: { code, message, ...(provider ? { provider } : {}) } }
  return c.json(body, status, { 'cache-control': 'no-store', ...headers })
}

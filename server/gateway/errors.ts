import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ProviderId } from '../providers'

/** The gateway's own error body. Upstream errors are never rewritten into it; they pass through as sent. */
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

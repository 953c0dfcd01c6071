import type { KeyObject } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { TelnyxWebhookWireSchema, type TelnyxWebhookWire } from '#providers/telnyx/webhook-schema'
import { isJsonContentType, readLimitedBody } from '../http/body'
import { jsonError } from '../http/errors'
import type { Logger } from '../http/logger'
import {
  TELNYX_SIGNATURE_HEADER,
  TELNYX_TIMESTAMP_HEADER,
  TELNYX_TOLERANCE_SECONDS,
  verifyTelnyxSignature,
  type TelnyxSignatureFailure,
} from './verify-telnyx-signature'

export const TELNYX_WEBHOOK_PATH = '/webhooks/telnyx'

/**
 * Applies one verified webhook (the call index provides it). `raw` is the parsed JSON as sent, for
 * storage. Telnyx redelivers until it gets a 2xx, so the sink must be idempotent by `data.id` and say
 * whether it had already applied the event.
 */
export type TelnyxWebhookSink = (webhook: TelnyxWebhookWire, raw: unknown) => Promise<{ duplicate: boolean }>

export type TelnyxWebhookDeps = {
  /** Null when neither TELNYX_PUBLIC_KEY nor the simulator provides one: every delivery gets 503. */
  publicKey: KeyObject | null
  sink: TelnyxWebhookSink
  logger: Logger
  /** Milliseconds; tests fix it. */
  now?: () => number
  maxBodyBytes: number
}

const REFUSALS: Record<TelnyxSignatureFailure, { code: string; message: string }> = {
  unsigned: {
    code: 'webhook_unsigned',
    message: `A Telnyx webhook needs the ${TELNYX_SIGNATURE_HEADER} and ${TELNYX_TIMESTAMP_HEADER} headers.`,
  },
  malformed: {
    code: 'webhook_signature_invalid',
    message: 'The webhook signature or timestamp header is malformed.',
  },
  forged: {
    code: 'webhook_signature_invalid',
    message: 'The webhook signature does not match the body and the configured Telnyx public key.',
  },
  stale: {
    code: 'webhook_timestamp_outside_window',
    message: `The ${TELNYX_TIMESTAMP_HEADER} is outside the ${TELNYX_TOLERANCE_SECONDS} s window (a replay, or a clock that is off).`,
  },
  future: {
    code: 'webhook_timestamp_outside_window',
    message: `The ${TELNYX_TIMESTAMP_HEADER} is outside the ${TELNYX_TOLERANCE_SECONDS} s window (a replay, or a clock that is off).`,
  },
}

/**
 * `POST /webhooks/telnyx`. Telnyx cannot sign in, so access control lets this one path through and the
 * Ed25519 signature is the authentication: the body is read (within the size limit) but neither parsed
 * nor applied before the signature checks out. Log lines name the refusal only, never headers or body
 * (they carry phone numbers). A sink that throws leaves the error to the app's onError (a 500, which
 * Telnyx retries).
 */
export function telnyxWebhookRoutes(deps: TelnyxWebhookDeps) {
  const now = deps.now ?? Date.now
  const app = new Hono()
  const refuse = (c: Context, status: 400 | 401 | 413 | 415 | 503, code: string, message: string) => {
    deps.logger.warn(`webhooks: telnyx delivery refused (${status} ${code})`)
    return jsonError(c, status, code, message)
  }

  app.post(TELNYX_WEBHOOK_PATH, async (c) => {
    const request = c.req.raw
    if (!deps.publicKey) {
      await request.body?.cancel()
      return refuse(
        c,
        503,
        'webhook_key_missing',
        'Telnyx webhooks cannot be verified: set TELNYX_PUBLIC_KEY (Mission Control → Keys & Credentials → Public Key).',
      )
    }
    if (!isJsonContentType(c.req.header('content-type'))) {
      await request.body?.cancel()
      return refuse(c, 415, 'unsupported_media_type', 'A Telnyx webhook body must be application/json.')
    }
    const body = await readLimitedBody(request, deps.maxBodyBytes)
    if (!body.ok) {
      return refuse(c, 413, 'payload_too_large', `The body is larger than ${deps.maxBodyBytes} bytes.`)
    }
    const check = verifyTelnyxSignature({
      rawBody: body.bytes,
      signature: c.req.header(TELNYX_SIGNATURE_HEADER) ?? null,
      timestamp: c.req.header(TELNYX_TIMESTAMP_HEADER) ?? null,
      publicKey: deps.publicKey,
      nowSeconds: Math.floor(now() / 1000),
    })
    if (!check.ok) {
      const { code, message } = REFUSALS[check.reason]
      deps.logger.warn(`webhooks: telnyx signature refused: ${check.reason}`)
      return jsonError(c, 401, code, message)
    }
    let raw: unknown
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes))
    } catch {
      return refuse(c, 400, 'invalid_json', 'The webhook body is not valid JSON.')
    }
    const parsed = TelnyxWebhookWireSchema.safeParse(raw)
    if (!parsed.success) {
      // Field paths come from the schema, never from the body's values.
      const field = parsed.error.issues[0]?.path.join('.') || '(root)'
      return refuse(c, 400, 'invalid_webhook', `The webhook does not match the Telnyx shape at '${field}'.`)
    }
    const { duplicate } = await deps.sink(parsed.data, raw)
    return c.json({ received: true, duplicate }, 200, { 'cache-control': 'no-store' })
  })
  return app
}

import { createHmac, timingSafeEqual } from 'node:crypto'
import type { SimContext } from '../sim-context'
import { US_PER_SEC } from '../time'

/** Telnyx recording links live ten minutes, like the `recording_urls` of `call.recording.saved`. */
export const TELNYX_URL_TTL_SEC = 600

function amzDate(us: number): string {
  return new Date(Math.floor(us / 1000))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function signature(ctx: SimContext, path: string, date: string, expires: number): string {
  return createHmac('sha256', ctx.key).update(`${path}\n${date}\n${expires}`).digest('hex')
}

/**
 * A presigned, S3-style link to a Telnyx recording. The signature covers the path, the signing time
 * and the lifetime (not the host, so it survives the proxy); after the lifetime `handleMedia` answers
 * 403 like S3 does, and the UI must fetch the recording object again for a fresh link.
 */
/**
 * The signing time a link made now would carry (whole seconds, as S3 writes it). Everything in a link
 * besides this, the origin and the recording is fixed, so callers may reuse links made in the same second.
 */
export function telnyxSigningTime(ctx: SimContext): string {
  return amzDate(ctx.clock.wallUs())
}

export function signTelnyxUrl(ctx: SimContext, origin: string, recordingUuid: string): string {
  const path = `/sim-media/telnyx/recordings/${recordingUuid}.wav`
  const date = telnyxSigningTime(ctx)
  const credential = encodeURIComponent(`SIMULATORKEY/${date.slice(0, 8)}/us-east-1/s3/aws4_request`)
  const query = [
    'X-Amz-Algorithm=AWS4-HMAC-SHA256',
    `X-Amz-Credential=${credential}`,
    `X-Amz-Date=${date}`,
    `X-Amz-Expires=${TELNYX_URL_TTL_SEC}`,
    'X-Amz-SignedHeaders=host',
    `X-Amz-Signature=${signature(ctx, path, date, TELNYX_URL_TTL_SEC)}`,
  ]
  return `${origin}${path}?${query.join('&')}`
}

export type SignatureCheck = 'ok' | 'expired' | 'invalid'

export function checkTelnyxSignature(ctx: SimContext, url: URL): SignatureCheck {
  const date = url.searchParams.get('X-Amz-Date') ?? ''
  const expires = Number(url.searchParams.get('X-Amz-Expires') ?? 'NaN')
  const given = url.searchParams.get('X-Amz-Signature') ?? ''
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date)
  if (!m || !Number.isInteger(expires) || !/^[0-9a-f]{64}$/.test(given)) return 'invalid'
  const expected = Buffer.from(signature(ctx, url.pathname, date, expires), 'hex')
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return 'invalid'
  const signedMs = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
  )
  return ctx.clock.wallUs() > (signedMs / 1000 + expires) * US_PER_SEC ? 'expired' : 'ok'
}

import { LP_RECORDING } from '../seed/leadping-calls'
import { MEDIA } from '../providers/telnyx/vocab'
import { hashString, mix } from '../prng'
import type { SimContext } from '../sim-context'
import { audioSpec, wavBytes, wavSize } from './audio'
import { gradientPng } from './png'
import { rangedResponse } from './range'
import { checkTelnyxSignature } from './sign'

/**
 * `/sim-media/*`, fetched by the browser directly:
 *   /sim-media/telnyx/recordings/{recordingId}.wav?X-Amz-…   presigned, expires (403 after, like S3)
 *   /sim-media/leadping/recordings/{callEventId}.wav         stable link from `recordingUrl`
 *   /sim-media/leadping/media/{eventId}/{n}.png              MMS attachments
 * Audio duration is the recording's length (Telnyx) or the call's talk time (Leadping).
 */
function s3Error(status: number, code: string, message: string): Response {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`
  return new Response(body, { status, headers: { 'content-type': 'application/xml' } })
}

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

function audio(request: Request, ctx: SimContext, key: number, durationUs: number, cache: string): Response {
  const spec = audioSpec(mix(ctx.seed, key), durationUs / 1e6)
  const size = wavSize(spec)
  return rangedResponse(
    request,
    size,
    'audio/wav',
    { 'cache-control': cache, etag: `"${key.toString(16)}-${size}"` },
    (from, to) => wavBytes(spec, from, to),
  )
}

export function handleMediaRequest(ctx: SimContext, request: Request): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } })
  const url = new URL(request.url)
  const now = ctx.clock.dataUs()
  let m = /^\/sim-media\/telnyx\/recordings\/([0-9a-f-]{36})\.wav$/.exec(url.pathname)
  if (m) {
    const check = checkTelnyxSignature(ctx, url)
    if (check === 'invalid')
      return s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      )
    if (check === 'expired') return s3Error(403, 'AccessDenied', 'Request has expired')
    const row = ctx
      .prepare('SELECT id, started_us, ended_us, media FROM tx_recordings WHERE uuid = ? AND created_us <= ?')
      .get(m[1], now) as { id: number; started_us: number; ended_us: number; media: number } | undefined
    if (!row || row.media !== MEDIA.ok) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.')
    return audio(request, ctx, row.id, row.ended_us - row.started_us, 'private, max-age=600')
  }
  m = /^\/sim-media\/leadping\/recordings\/([0-9a-f-]{36})\.wav$/.exec(url.pathname)
  if (m) {
    const row = ctx
      .prepare('SELECT id, answered_us, ended_us, recording FROM lp_calls WHERE uuid = ? AND ended_us <= ?')
      .get(m[1], now) as
      { id: number; answered_us: number | null; ended_us: number; recording: number } | undefined
    if (!row || row.recording !== LP_RECORDING.ok || row.answered_us === null) return notFound()
    return audio(request, ctx, 0x1e000000 + row.id, row.ended_us - row.answered_us, 'public, max-age=86400')
  }
  m = /^\/sim-media\/leadping\/media\/([0-9a-f-]{36})\/(\d)\.png$/.exec(url.pathname)
  if (m) {
    const row = ctx
      .prepare('SELECT media_count FROM lp_events WHERE uuid = ? AND created_us <= ?')
      .get(m[1], now) as { media_count: number } | undefined
    if (!row || Number(m[2]) >= row.media_count) return notFound()
    const png = gradientPng(hashString(`${m[1]}/${m[2]}`))
    return rangedResponse(
      request,
      png.length,
      'image/png',
      { 'cache-control': 'public, max-age=86400' },
      (from, to) => png.subarray(from, to + 1),
    )
  }
  return notFound()
}

import { Hono, type Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isSameOriginPost } from '../auth/same-origin'
import { isLoopbackAddress } from '../security/loopback'
import type { ClientAddress } from '../security/client-address'
import { isJsonContentType, readLimitedBody } from '../http/body'
import { jsonError } from '../http/errors'
import { mediaRequestHeaders, mediaResponseHeaders } from './headers'
import { guardTarget, rawTarget } from './path-guard'
import { mediaTypeOf } from '../http/media-type'
import { describeMediaType, isRelayedMediaType, RELAYED_BODY_HEADERS } from './relayed-types'
import type { SimulatorUpstream } from '../simulator-upstream'

type Deps = { simulator?: SimulatorUpstream; clientAddress: ClientAddress; maxBodyBytes: number }

/**
 * A proxy on the same host makes every visitor look like 127.0.0.1; such proxies announce themselves
 * with X-Forwarded-For or Forwarded, and those requests are not treated as local.
 */
function isLocalClient(c: Context, clientAddress: ClientAddress): boolean {
  const address = clientAddress(c)
  if (!address || !isLoopbackAddress(address)) return false
  return !c.req.header('x-forwarded-for') && !c.req.header('forwarded')
}

type ToBrowser = (c: Context, response: Response) => Response | Promise<Response>

async function relay(c: Context, answer: () => Promise<Response>, toBrowser: ToBrowser) {
  try {
    return await toBrowser(c, await answer())
  } catch {
    return jsonError(c, 502, 'simulator_failed', 'The simulator could not answer.')
  }
}

/**
 * Recording audio and MMS images only, under the type checked here: anything else (the simulator's S3-style
 * XML and text errors included) becomes our own error, keeping its status so the player sees a 403 or 404.
 */
async function mediaToBrowser(c: Context, response: Response): Promise<Response> {
  const type = mediaTypeOf(response.headers.get('content-type'))
  const headers = mediaResponseHeaders(response.headers)
  headers.delete('content-type')
  if (isRelayedMediaType(type)) {
    headers.set('content-type', type)
    for (const [name, value] of Object.entries(RELAYED_BODY_HEADERS)) headers.set(name, value)
  } else if (response.body !== null) {
    await response.body.cancel()
    const status =
      response.status >= 400 && response.status <= 599 ? (response.status as ContentfulStatusCode) : 502
    const message = `The simulator answered with ${describeMediaType(type)} instead of audio or an image.`
    return jsonError(c, status, 'unexpected_media_type', message)
  }
  return new Response(response.body, { status: response.status, headers })
}

/** The admin answers are our own simulator code's JSON: only their type crosses, never cached. */
function adminToBrowser(_c: Context, response: Response): Response {
  const headers = new Headers({ 'cache-control': 'no-store' })
  const type = response.headers.get('content-type')
  if (type) headers.set('content-type', type)
  return new Response(response.body, { status: response.status, headers })
}

/**
 * The simulator's two browser-facing surfaces: `/sim-media/*` (recordings, with Range for seeking) and
 * `/sim-admin/*` (fault control, loopback clients only). Both go through the same path checks as the
 * gateway, and neither ever sees the browser's cookies.
 */
export function simulatorRoutes(deps: Deps) {
  const app = new Hono()
  const { simulator } = deps

  app.all('/sim-media/*', async (c) => {
    if (!simulator) return jsonError(c, 404, 'not_found', 'The simulator is not running.')
    const method = c.req.method
    if (method !== 'GET' && method !== 'HEAD') {
      return jsonError(c, 405, 'method_not_allowed', 'Use GET or HEAD.', undefined, { allow: 'GET, HEAD' })
    }
    if (!guardTarget(rawTarget(c.env, c.req.url)).ok) {
      return jsonError(c, 404, 'invalid_path', 'This path is not allowed.')
    }
    const request = new Request(c.req.url, {
      method,
      headers: mediaRequestHeaders(c.req.raw.headers),
      signal: c.req.raw.signal,
    })
    return relay(c, () => simulator.handleMedia(request), mediaToBrowser)
  })

  app.all('/sim-admin/*', async (c) => {
    if (!simulator) return jsonError(c, 404, 'not_found', 'The simulator is not running.')
    if (!isLocalClient(c, deps.clientAddress)) {
      return jsonError(c, 403, 'forbidden', 'The simulator admin endpoint answers loopback clients only.')
    }
    if (!guardTarget(rawTarget(c.env, c.req.url)).ok) {
      return jsonError(c, 404, 'invalid_path', 'This path is not allowed.')
    }
    const method = c.req.method
    const changesState = method !== 'GET' && method !== 'HEAD'
    // Loopback is not enough: a page on any site, open in a browser on this machine, can post here too.
    if (changesState && !isSameOriginPost(c.req.raw.headers, c.req.url)) {
      return jsonError(c, 403, 'cross_site', 'The simulator admin endpoint refuses cross-site requests.')
    }
    const headers = new Headers()
    for (const name of ['accept', 'content-type']) {
      const value = c.req.header(name)
      if (value) headers.set(name, value)
    }
    const init: RequestInit = { method, headers }
    if (changesState) {
      const body = await readLimitedBody(c.req.raw, deps.maxBodyBytes)
      if (!body.ok) return jsonError(c, 413, 'payload_too_large', 'The request body is too large.')
      // A cross-site form can only send text/plain, urlencoded or multipart bodies without a preflight.
      // An empty body without a type stays allowed: `POST /sim-admin/live/tick` takes none.
      const type = c.req.header('content-type')
      const bodyless = body.bytes.byteLength === 0 && type === undefined
      if (!bodyless && !isJsonContentType(type)) {
        return jsonError(c, 415, 'unsupported_media_type', 'Request bodies must be application/json.')
      }
      init.body = body.bytes
    }
    const request = new Request(c.req.url, init)
    return relay(c, () => simulator.handleAdmin(request), adminToBrowser)
  })

  return app
}

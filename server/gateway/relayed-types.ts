/**
 * What the gateway lets a provider (or the simulator) put on our origin. A body relayed with the
 * upstream's own Content-Type ran as script on our origin when it said text/html or text/javascript, and
 * our CSP allowed it because it came from 'self'. So only data crosses: JSON from the APIs, audio and
 * raster images from the simulator's media routes, each under a type we write ourselves.
 */

/** `application/json` and the structured `+json` types providers use, e.g. `application/problem+json`. */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[a-z0-9.-]+\+json$/.test(type)
}

/** Raster only: SVG is an image type that can carry script. */
const RELAYED_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

/** Recording audio (any audio/* subtype) and MMS attachment images, for `/sim-media/*`. */
export function isRelayedMediaType(type: string): boolean {
  return /^audio\/[a-z0-9.+-]+$/.test(type) || RELAYED_IMAGE_TYPES.has(type)
}

/** The type the browser sees on relayed JSON, whatever spelling the provider used. */
export const RELAYED_JSON_TYPE = 'application/json; charset=utf-8'

/**
 * On every relayed body: never rendered as a page (attachment), and if it were, a sandbox with no script,
 * no same-origin access and nothing to load. fetch() reads, <audio> and <img> ignore both.
 */
export const RELAYED_BODY_HEADERS: Readonly<Record<string, string>> = {
  'content-disposition': 'attachment',
  'content-security-policy': "sandbox; default-src 'none'",
  'x-content-type-options': 'nosniff',
}

/** For a message naming what upstream sent, without echoing anything but a well-formed media type. */
export function describeMediaType(type: string): string {
  if (type === '') return 'no content type'
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : 'an unreadable content type'
}

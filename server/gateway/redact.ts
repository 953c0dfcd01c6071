const MASK = Buffer.from('[redacted]')

/**
 * Masks every occurrence of `secret` in a body. Some APIs echo the Authorization they received in error
 * messages; the key must not reach the browser even then.
 */
export function redactBytes(
  bytes: Uint8Array<ArrayBuffer>,
  secret: string | undefined,
): Uint8Array<ArrayBuffer> {
  if (!secret) return bytes
  const needle = Buffer.from(secret)
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = haystack.indexOf(needle)
  if (at === -1) return bytes
  const parts: Buffer[] = []
  let from = 0
  while (at !== -1) {
    parts.push(haystack.subarray(from, at), MASK)
    from = at + needle.length
    at = haystack.indexOf(needle, from)
  }
  parts.push(haystack.subarray(from))
  return Buffer.concat(parts)
}

/** Drops any header whose value contains `secret`. */
export function redactHeaders(headers: Headers, secret: string | undefined): Headers {
  if (!secret) return headers
  const out = new Headers()
  headers.forEach((value, name) => {
    if (!value.includes(secret)) out.set(name, value)
  })
  return out
}

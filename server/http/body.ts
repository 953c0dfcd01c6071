import { mediaTypeOf } from './media-type'

/**
 * Reads a request or response body up to `limit` bytes. The declared Content-Length is checked first so
 * an oversized upload is refused without reading it; chunked bodies are counted as they arrive and
 * abandoned as soon as they pass the limit.
 */
export async function readLimitedBody(
  message: Pick<Request, 'headers' | 'body'>,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false }> {
  const declared = Number(message.headers.get('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > limit) {
    await message.body?.cancel()
    return { ok: false }
  }
  if (!message.body) return { ok: true, bytes: new Uint8Array() }
  const reader = message.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return { ok: false }
    }
    chunks.push(value)
  }
  // Most upstream answers (every simulator page) arrive as one chunk: use it as it is, without a copy.
  const [only] = chunks
  if (chunks.length === 1 && only && only.buffer instanceof ArrayBuffer) {
    return { ok: true, bytes: new Uint8Array(only.buffer, only.byteOffset, only.byteLength) }
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}

/** JSON only: `application/json`, optionally with parameters such as `charset=utf-8`. */
export function isJsonContentType(value: string | undefined): boolean {
  return mediaTypeOf(value) === 'application/json'
}
